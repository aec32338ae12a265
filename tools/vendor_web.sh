#!/usr/bin/env bash
# Refresh the web app's vendored JavaScript and the Natural Earth country shapes from the npm registry.
# Only the files the app loads are kept, each beside its licence; the app never links to a CDN.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=src/conflictgraph/web/static/vendor
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
PACKAGES="leaflet@1.9.4 topojson-client@3.1.0 world-atlas@2.0.2 uplot@1.6.32 cytoscape@3.35.0 swagger-ui-dist@5.35.0"
(cd "$TMP" && for p in $PACKAGES; do npm pack --silent "$p" >/dev/null; done
 for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done)
rm -rf "$OUT" && mkdir -p "$OUT"/leaflet "$OUT"/topojson-client "$OUT"/world-atlas "$OUT"/uplot "$OUT"/cytoscape "$OUT"/swagger-ui
cp "$TMP"/leaflet-*/package/dist/leaflet.js "$TMP"/leaflet-*/package/dist/leaflet.css "$TMP"/leaflet-*/package/LICENSE "$OUT"/leaflet/
cp "$TMP"/topojson-client-*/package/dist/topojson-client.min.js "$TMP"/topojson-client-*/package/LICENSE "$OUT"/topojson-client/
cp "$TMP"/world-atlas-*/package/countries-110m.json "$TMP"/world-atlas-*/package/LICENSE "$OUT"/world-atlas/
cp "$TMP"/uplot-*/package/dist/uPlot.iife.min.js "$TMP"/uplot-*/package/dist/uPlot.min.css "$TMP"/uplot-*/package/LICENSE "$OUT"/uplot/
cp "$TMP"/cytoscape-*/package/dist/cytoscape.min.js "$TMP"/cytoscape-*/package/LICENSE "$OUT"/cytoscape/
# The OpenAPI page (/docs) that FastAPI generates, served from here instead of a CDN.
cp "$TMP"/swagger-ui-dist-*/package/{swagger-ui-bundle.js,swagger-ui-bundle.js.LICENSE.txt,swagger-ui.css,LICENSE,NOTICE} "$OUT"/swagger-ui/
{
  echo "# Vendored for the web app by tools/vendor_web.sh; do not edit by hand."
  echo "# package@version  licence"
  for p in $PACKAGES; do
    name=${p%@*}
    echo "$p  $(node -p "require('$TMP/$name-${p##*@}/package/package.json').license")"
  done
  echo "# world-atlas: Natural Earth 1:110m country shapes (public domain), as TopoJSON."
} > "$OUT"/VERSIONS.txt
sed -i "/sourceMappingURL/d" "$OUT"/*/*.js
du -sh "$OUT"
