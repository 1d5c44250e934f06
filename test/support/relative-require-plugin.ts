const RELATIVE_REQUIRE = /\brequire\("(\.{1,2}\/[^"]+)"\)/g;

/**
 * Lets vitest run the library's lazy relative `require("./x")` calls (services loaded on first
 * use): vitest transforms TypeScript sources to ES modules, and node's `require` cannot load a
 * `.ts` file. In `lib/` sources only, each relative `require()` becomes a namespace import hoisted
 * to the top, so the same module instances serve the whole test (no second copy of `lib/core`),
 * and the loader code around it still runs. The compiled package keeps the real lazy `require()`;
 * `test/e2e/package/installed-package.test.ts` checks from the tarball that it loads only what an
 * app uses. Package requires (`@cdktf/provider-*`) stay native and lazy.
 */
export function relativeRequirePlugin(): {
  readonly name: string;
  readonly enforce: "pre";
  transform(code: string, id: string): { code: string; map: null } | undefined;
} {
  return {
    name: "cdktf-monitoring:relative-require",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]lib[\\/].*\.ts$/.test(id) || !code.includes('require(".')) return undefined;
      const specifiers: string[] = [];
      const body = code.replace(RELATIVE_REQUIRE, (_, specifier: string) => {
        let index = specifiers.indexOf(specifier);
        if (index < 0) index = specifiers.push(specifier) - 1;
        return `__relativeRequire${index}`;
      });
      const imports = specifiers.map((s, i) => `import * as __relativeRequire${i} from "${s}";`);
      return { code: `${imports.join("")}${body}`, map: null };
    },
  };
}
