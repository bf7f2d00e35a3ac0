#!/usr/bin/env bash
# Installs code-server (which bundles VS Code) from the npm registry alone, into DIR.
# The official test runners download VS Code from the internet, which CI cannot reach,
# and code-server's own postinstall fetches ripgrep from GitHub; this is the recipe
# proven in ../shared/research/feasibility.md section 2b. Needs apt: libkrb5-dev ripgrep.
# 4.100.3 is the last release that runs on Node 20 (VS Code 1.100.3 >= our ^1.91.0).
set -euo pipefail
DIR="$1"; VERSION="${CODE_SERVER_VERSION:-4.100.3}"
# A finished install leaves this marker, so later runs cost nothing.
[ -f "$DIR/.installed-$VERSION" ] && exit 0
command -v rg >/dev/null || { echo "install-code-server: ripgrep is missing (apt-get install -y ripgrep)" >&2; exit 2; }
mkdir -p "$DIR" && cd "$DIR"
[ -f package.json ] || echo '{"name":"code-server-host","private":true}' > package.json
npm install "code-server@$VERSION" --ignore-scripts --no-audit --no-fund --no-save
# The steps below are code-server's postinstall, run by hand. node-pty's runs `npx node-gyp`.
export npm_config_dangerously_allow_all_scripts=true npm_config_yes=true
npm rebuild argon2
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund
# Debian's ripgrep stands in for the one @vscode/ripgrep would download; its postinstall then exits 0.
mkdir -p node_modules/@vscode/ripgrep/bin && cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm rebuild
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
( cd bin/remote-cli && ln -sfn code-linux.sh code-server )
( cd bin/helpers && ln -sfn browser-linux.sh browser.sh )
( cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund && node ./postinstall.mjs >/dev/null )
touch "$DIR/.installed-$VERSION"
