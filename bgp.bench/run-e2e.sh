#!/usr/bin/env bash
# The end-to-end benchmark (not part of the tests): our speaker (cnf/target/bgp.jar, a child process) beside BIRD 2,
# OpenBGPD, FRR, GoBGP and ExaBGP on 127.77.x.y. Installs the Debian packages it needs when missing (root), builds
# what it runs, prints one table and writes the figures to bgp.bench/target/e2e.json (--json FILE).
#   bgp.bench/run-e2e.sh [--quick] [--runs N] [--cap SECONDS] [--only receive,send,api,fanout,churn]
# --quick: 100,000 prefixes instead of 1,200,000. Extra JVM options for our speaker: BGP_BENCH_JVM_OPTS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

have() {
    command -v "$1" >/dev/null 2>&1 || [[ -x "/usr/sbin/$1" || -x "/usr/bin/$1" ]]
}
export PATH="$PATH:/usr/sbin:/sbin"
packages=()
have bird && have birdc || packages+=(bird2)
have gobgpd && have gobgp || packages+=(gobgpd)
have bgpd && have bgpctl || packages+=(openbgpd)
have exabgp || packages+=(exabgp)
[[ -x /usr/lib/frr/bgpd ]] && have vtysh || packages+=(frr)
have python3 || packages+=(python3)
if ((${#packages[@]} > 0)); then
    echo "installing: ${packages[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # no service may start while installing (a packaged bgpd on 0.0.0.0:179 would take every 127.x address's port)
    policy=""
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        policy=/usr/sbin/policy-rc.d
        printf '#!/bin/sh\nexit 101\n' >"$policy"
        chmod +x "$policy"
    fi
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${packages[@]}"
    [[ -z "$policy" ]] || rm -f "$policy"
fi
# OpenBGPD's user and run folder, which its package leaves to systemd
if ! getent passwd _openbgpd >/dev/null; then
    systemd-sysusers /usr/lib/sysusers.d/openbgpd.conf 2>/dev/null \
        || useradd --system --home-dir /run/openbgpd --shell /usr/sbin/nologin _openbgpd
fi
mkdir -p /run/openbgpd

if [[ -z "${BGP_BENCH_NO_BUILD:-}" || ! -f cnf/target/bgp.jar || ! -f bgp.bench/target/benchmarks.jar ]]; then
    mvn -o -q -DskipTests -Djazzer.fuzz=0 package
fi
exec java -Xmx6g -Dbgp.interop.dir=bgp.bench/target/e2e -Dbgp.interop.startSeconds=300 -cp bgp.bench/target/benchmarks.jar bgp.bench.e2e.E2eBench "$@"
