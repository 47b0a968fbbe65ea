#!/usr/bin/env bash
# After the integration tests: the tests' Payara Server domain is stopped if it still runs (a failed run may leave
# it), so that the next build finds its ports free. Usage: stop-domain.sh <payara home> <domain>
set -uo pipefail
home=$1
domain=$2
if [ -d "$home/glassfish/domains/$domain" ]; then
    "$home/bin/asadmin" stop-domain --kill=true "$domain" >/dev/null 2>&1 || true
fi
exit 0
