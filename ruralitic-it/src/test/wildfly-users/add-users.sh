#!/usr/bin/env bash
# The test users of the sample portal on WildFly, in a copy of its configuration (the application realm):
# what an integrator does with bin/add-user.sh. Usage: add-users.sh <wildfly home> <configuration copy>
set -euo pipefail
home=$1
config=$2
rm -rf "$config"
cp -r "$home/standalone/configuration" "$config"
add() {
    "$home/bin/add-user.sh" -a -s -u "$1" -p Secret-123 -g "$2" -sc "$config"
}
add paul ruralitic-author
add marie ruralitic-editor
add claire ruralitic-editor
add admin webmaster
add visiteur portal-user
