// Run by `cdktf init --template <url of a zip of this folder>` (sscaff) after copying the files;
// `cdktf-monitoring init` does the same itself and does not copy this file.
const { existsSync, readFileSync, renameSync, writeFileSync } = require("node:fs");

exports.post = (variables) => {
  // npm leaves `.gitignore` out of a package, so the template stores it as `gitignore`.
  if (existsSync("gitignore")) renameSync("gitignore", ".gitignore");
  const manifest = JSON.parse(readFileSync("package.json", "utf8"));
  const name = String(variables.projectName || variables.$base || "")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[._-]+|-+$/g, "");
  if (name) manifest.name = name;
  if (variables.projectDescription) manifest.description = variables.projectDescription;
  writeFileSync("package.json", `${JSON.stringify(manifest, null, 2)}\n`);
  const cdktf = JSON.parse(readFileSync("cdktf.json", "utf8"));
  if (variables.projectId) cdktf.projectId = variables.projectId;
  if (variables.sendCrashReports !== undefined)
    cdktf.sendCrashReports = String(variables.sendCrashReports);
  writeFileSync("cdktf.json", `${JSON.stringify(cdktf, null, 2)}\n`);
};
