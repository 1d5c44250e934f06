#!/usr/bin/env bash
# Installs what the Zabbix e2e tests need on Debian 12 (run as root, idempotent):
# the Zabbix 6.0 frontend and PostgreSQL schema, PHP's CLI with pgsql, and PostgreSQL 15 binaries.
# The zabbix_server daemon is installed for its schema only; it is never started.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

packages=(zabbix-server-pgsql zabbix-frontend-php php-cli php-pgsql)
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
command -v php >/dev/null || { echo "install-zabbix: php is missing after install" >&2; exit 1; }
echo "install-zabbix: Zabbix frontend, schema, PHP and PostgreSQL 15 are ready"
