#!/usr/bin/env bash
# Installs what the Zabbix e2e tests need on Debian 12 (run as root, idempotent):
# the Zabbix 6.0 frontend and PostgreSQL schema, PHP's CLI with pgsql, PostgreSQL 15 binaries, and
# the zabbix_server, zabbix_agentd and zabbix_proxy (SQLite 3) daemons. No package service is ever started: the
# e2e tests start their own server, agent and proxy on 127.0.0.1 with generated configurations.
#
# Debian's zabbix-proxy-sqlite3 conflicts with zabbix-server-pgsql (one Zabbix daemon per
# machine), so the proxy package is not installed but unpacked into $ZABBIX_PROXY_ROOT
# (default /opt/zabbix-proxy-sqlite3): its binary, usr/sbin/zabbix_proxy, and its SQLite schema,
# usr/share/zabbix-proxy-sqlite3/schema.sql.gz. Its shared libraries are installed as packages.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

proxy_root="${ZABBIX_PROXY_ROOT:-/opt/zabbix-proxy-sqlite3}"
# zabbix-proxy-sqlite3's dependencies besides those of zabbix-server-pgsql (and sqlite3 for its schema).
packages=(zabbix-server-pgsql zabbix-agent zabbix-frontend-php php-cli php-pgsql libsqlite3-0 sqlite3)
if [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then packages+=(postgresql-15); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then missing+=("$p"); fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -q
  # policy-rc.d keeps the packages' services (zabbix-server, postgresql's main cluster) from starting.
  policy=/usr/sbin/policy-rc.d
  created_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
  fi
  apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-confold "${missing[@]}"
  if [ "$created_policy" = 1 ]; then rm -f "$policy"; fi
fi

if [ ! -x "$proxy_root/usr/sbin/zabbix_proxy" ]; then
  download=$(mktemp -d)
  chown _apt "$download" 2>/dev/null || chmod 0777 "$download" # apt-get download runs as _apt
  (cd "$download" && apt-get download -q zabbix-proxy-sqlite3)
  install -d -m 0755 "$proxy_root"
  dpkg-deb -x "$download"/zabbix-proxy-sqlite3_*.deb "$proxy_root"
  rm -rf "$download"
fi

# The frontend's configuration: which database to use comes from the environment of the PHP
# process (set by the tests), so one install serves any number of databases and ports.
install -d -m 0755 /etc/zabbix
cat >/etc/zabbix/zabbix.conf.php <<'PHP'
<?php
// Installed by .ci/install-zabbix.sh: database settings come from the PHP process's environment.
$env = static function (string $name, string $default): string {
	$value = getenv($name);
	return ($value === false || $value === '') ? $default : $value;
};

$DB['TYPE']				= 'POSTGRESQL';
$DB['SERVER']			= $env('ZBX_DB_HOST', '127.0.0.1');
$DB['PORT']				= $env('ZBX_DB_PORT', '5432');
$DB['DATABASE']			= $env('ZBX_DB_NAME', 'zabbix');
$DB['USER']				= $env('ZBX_DB_USER', 'zabbix');
$DB['PASSWORD']			= $env('ZBX_DB_PASSWORD', '');
$DB['SCHEMA']			= '';
$DB['ENCRYPTION']		= false;
$DB['KEY_FILE']			= '';
$DB['CERT_FILE']		= '';
$DB['CA_FILE']			= '';
$DB['VERIFY_HOST']		= false;
$DB['CIPHER_LIST']		= '';
$DB['VAULT_URL']		= '';
$DB['VAULT_DB_PATH']	= '';
$DB['VAULT_TOKEN']		= '';
$DB['DOUBLE_IEEE754']	= true;

$ZBX_SERVER				= '127.0.0.1';
$ZBX_SERVER_PORT		= $env('ZBX_SERVER_PORT', '10051');
$ZBX_SERVER_NAME		= 'cdktf-monitoring test';

$IMAGE_FORMAT_DEFAULT	= IMAGE_FORMAT_PNG;
PHP
chmod 0644 /etc/zabbix/zabbix.conf.php

for f in /usr/share/zabbix-server-pgsql/schema.sql.gz /usr/share/zabbix-server-pgsql/images.sql.gz \
  /usr/share/zabbix-server-pgsql/data.sql.gz /usr/share/zabbix/api_jsonrpc.php /usr/lib/postgresql/15/bin/initdb; do
  [ -e "$f" ] || { echo "install-zabbix: $f is missing after install" >&2; exit 1; }
done
for f in /usr/sbin/zabbix_server /usr/sbin/zabbix_agentd "$proxy_root/usr/sbin/zabbix_proxy" \
  "$proxy_root/usr/share/zabbix-proxy-sqlite3/schema.sql.gz"; do
  [ -e "$f" ] || { echo "install-zabbix: $f is missing after install" >&2; exit 1; }
done
"$proxy_root/usr/sbin/zabbix_proxy" -V >/dev/null || { echo "install-zabbix: $proxy_root/usr/sbin/zabbix_proxy does not run" >&2; exit 1; }
command -v php >/dev/null || { echo "install-zabbix: php is missing after install" >&2; exit 1; }
echo "install-zabbix: Zabbix frontend, schema, server, agent, proxy ($proxy_root), PHP and PostgreSQL 15 are ready"
