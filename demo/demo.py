#!/usr/bin/env python3
"""The demo's API process (see demo.conf): started by the speaker, it writes API commands on its standard output
and reads the speaker's events, ExaBGP's JSON, one per line, on its standard input. What it has to say goes to its
standard error, which is the speaker's console."""
import json
import signal
import sys

# Ctrl-C in the shell's terminal reaches this process too: the speaker stops it when it stops
signal.signal(signal.SIGINT, signal.SIG_IGN)

ROUTES = [
    "neighbor 127.0.0.2 announce route 10.10.0.0/24 next-hop self med 10 community [65001:1]",
    "neighbor 127.0.0.2 announce route 10.10.1.0/24 next-hop self med 20 community [65001:2]",
    "neighbor 127.0.0.2 announce route 10.10.2.0/23 next-hop self as-path [ 64512 ] large-community [65001:0:1]",
    "neighbor 127.0.0.2 announce route 2001:db8:10::/48 next-hop 2001:db8::1 origin egp",
]


def say(text):
    sys.stderr.write("demo: " + text + "\n")
    sys.stderr.flush()


for command in ROUTES:
    sys.stdout.write(command + "\n")
sys.stdout.flush()
say("announced %d routes to 127.0.0.2 (AS 65001 -> AS 65002)" % len(ROUTES))

received = 0
for line in sys.stdin:
    line = line.strip()
    if line.startswith("error"):
        say("the speaker answered: " + line)  # a command refused (the answer to the others is "done")
        continue
    if not line.startswith("{"):
        continue
    try:
        event = json.loads(line)
    except ValueError:
        continue
    kind = event.get("type")
    peer = event.get("neighbor", {}).get("address", {}).get("peer", "?")
    if kind == "state":
        if event["neighbor"].get("state") == "up":
            say("session established with %s" % peer)
        else:
            say("session with %s: %s" % (peer, event["neighbor"].get("state")))
    elif kind == "update":
        update = event["neighbor"]["message"].get("update", {})
        announced = sum(len(nlris) for hops in update.get("announce", {}).values() for nlris in hops.values())
        received += announced
        if announced:
            say("routes received from %s (%d, %d in all): %s" % (peer, announced, received,
                                                                 json.dumps(update, sort_keys=True)))
        elif update.get("withdraw"):
            say("withdrawals received from %s: %s" % (peer, json.dumps(update["withdraw"], sort_keys=True)))
