#!/usr/bin/env bash
# Refreshes Det Fælles Designsystem's built files in src/Paaroerende.Web/wwwroot/lib/dkfds from npm.
# The result is committed (like Bootstrap in the ASP.NET templates) so a fresh clone runs with no npm step.
# Usage: scripts/update-dkfds.sh [version]   (default: the version pinned below)
set -euo pipefail
version="${1:-11.2.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/src/Paaroerende.Web/wwwroot/lib/dkfds"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "dkfds@$version" >/dev/null && tar xzf "dkfds-$version.tgz")
dist="$work/package/dist"

rm -rf "$target"
mkdir -p "$target/css" "$target/js" "$target/img" "$target/fonts/IBMPlexSans/complete"
cp "$dist/css/dkfds.min.css" "$target/css/"
cp "$dist/js/dkfds.min.js" "$target/js/"
cp -r "$dist/img/svg-icons" "$target/img/"
cp "$dist/img/all-svg-icons.svg" "$target/img/"
# Only the web font formats the stylesheet asks modern browsers for.
cp -r "$dist/fonts/IBMPlexSans/complete/woff2" "$dist/fonts/IBMPlexSans/complete/woff" "$target/fonts/IBMPlexSans/complete/"
cp "$work/package/LICENSE.md" "$target/LICENSE.md"
echo "$version" > "$target/VERSION"
echo "dkfds $version copied to $target"
