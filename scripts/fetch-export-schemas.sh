#!/usr/bin/env bash
# Downloads the official grammars of kg's XML export formats into DIR, from their publishers, for
# the conformance checks in test/formats-schemas.test.ts (run them with KG_EXPORT_SCHEMAS=DIR).
# The files are not kept in this repository: no npm or Debian package carries them, and the project
# does not copy files out of other repositories. Needs network access and curl.
set -euo pipefail
dir=${1:?usage: scripts/fetch-export-schemas.sh DIR}
gexf=https://raw.githubusercontent.com/gephi/gexf/master
graphml=http://graphml.graphdrawing.org/xmlns/1.0
mkdir -p "$dir/gexf-1.3" "$dir/graphml-1.0"
fetch() { curl --fail --silent --show-error --location --output "$2" "$1"; }
# GEXF 1.3 (CC BY 4.0, the GEXF working group): the RelaxNG grammar, because the published 1.3
# XSD does not compile (gephi/gexf#19).
fetch "$gexf/1.3/gexf.rng" "$dir/gexf-1.3/gexf.rng"
fetch "$gexf/1.3/dynamics.rng" "$dir/gexf-1.3/dynamics.rng"
fetch "$gexf/specs/1.3/viz.rng" "$dir/gexf-1.3/viz.rng"
# GraphML 1.0 (the GraphML team, graphml.graphdrawing.org).
for name in graphml.xsd graphml-structure.xsd xlink.xsd; do
  fetch "$graphml/$name" "$dir/graphml-1.0/$name"
done
echo "schemas in $dir; run: KG_EXPORT_SCHEMAS=$dir npx vitest run test/formats-schemas.test.ts"
