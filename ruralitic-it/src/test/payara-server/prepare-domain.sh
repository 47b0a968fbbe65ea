#!/usr/bin/env bash
# The Payara Server of the integration tests, made the way an integrator makes one: a domain of its own created by
# asadmin with a port base, the PostgreSQL driver in the domain's lib/, then the asadmin commands of domain.asadmin
# (JDBC pools and resources, file-realm users, heap) run once against the running domain, which is stopped again:
# Arquillian starts it for the tests.
# Usage: prepare-domain.sh <skip: true|false> <payara home> <domain> <port base> <postgresql.jar> <commands file>
#        <users' password file>
set -euo pipefail
if [ "$1" = true ]; then
    exit 0 # -Dit.payara-server.skip=true: no tests on Payara Server in this build
fi
shift
home=$1
domain=$2
portbase=$3
driver=$4
commands=$5
passwords=$6
asadmin="$home/bin/asadmin"
domains="$home/glassfish/domains"
chmod +x "$asadmin" "$home/glassfish/bin/asadmin"

if [ -d "$domains/$domain" ]; then
    # Left by an earlier build, maybe still running if that build was interrupted: stop it (only this domain's
    # process, from its own pid file), then start from a new domain.
    "$asadmin" stop-domain --kill=true "$domain" || true
    "$asadmin" delete-domain "$domain"
fi
"$asadmin" create-domain --nopassword=true --portbase "$portbase" "$domain"
cp "$driver" "$domains/$domain/lib/"
"$asadmin" start-domain "$domain"
trap '"$asadmin" stop-domain "$domain"' EXIT
# The users' password (AS_ADMIN_USERPASSWORD) is read from the password file by create-file-user.
"$asadmin" --port $((portbase + 48)) --passwordfile "$passwords" multimode --file "$commands"
