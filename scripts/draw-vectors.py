#!/usr/bin/env python3
"""An independent check of docs/DRAW-PROOF.md, written from that page alone in Python's standard library.

    python3 scripts/draw-vectors.py            checks every vector in docs/draw-vectors/
    python3 scripts/draw-vectors.py --write    also writes the version 3 eligibility vectors (run once; they are committed)

Each *.json proof must verify, except *-refused.json, which must not (and must fail only where its name says).
The C# (LuckyDraw.Verify) and JavaScript (clients/shared/src/draw/verify-draw.js) verifiers run the same files, so
three implementations agree on every vector. Exits 1 on any disagreement.
"""
import hashlib
import hmac
import json
import sys
from pathlib import Path

VECTORS = Path(__file__).resolve().parent.parent / "docs" / "draw-vectors"
TWO_64 = 1 << 64


def sort_ids(ids):
    # Ordinal UTF-16 order; the ids are ASCII, so sorting by UTF-16 code units equals sorting the encoded bytes.
    return sorted(set(ids), key=lambda s: s.encode("utf-16-be"))


def list_hash(sorted_ids):
    return hashlib.sha256("\n".join(sorted_ids).encode("utf-8")).hexdigest()


def numbers(seed, tier, round_):
    i = 0
    while True:
        block = hmac.new(seed, f"{tier}\n{round_}\n{i}".encode("utf-8"), hashlib.sha256).digest()
        for k in range(4):
            yield int.from_bytes(block[8 * k:8 * k + 8], "big")
        i += 1


def winners(seed, sorted_ids, tier, round_, count):
    pool = list(sorted_ids)
    stream = numbers(seed, tier, round_)
    take = min(count, len(pool))
    for k in range(take):
        n = len(pool) - k
        limit = TWO_64 - (TWO_64 % n)
        x = next(stream)
        while x >= limit:
            x = next(stream)
        j = k + x % n
        pool[k], pool[j] = pool[j], pool[k]
    return pool[:take]


def eligibility_respected(proof):
    if proof.get("version", 1) < 3:
        return True
    e = proof.get("eligibility")
    if not isinstance(e, dict):
        return False
    barred = set(e["exclude"]) | set(e["earlierWinners"])
    replaces = proof.get("replaces")
    return not any(i in barred for i in proof["entrantIds"]) and (replaces is None or replaces in e["earlierWinners"])


def checks(proof):
    version = proof.get("version", 1)
    seed = bytes.fromhex(proof["seed"])
    ids = sort_ids(proof["entrantIds"])
    count = proof["count"] if version >= 2 else len(proof["winners"])
    return {
        "seed": hashlib.sha256(seed).hexdigest() == proof["seedHash"],
        "list": list_hash(ids) == proof["listHash"] and (version < 2 or ids == proof["entrantIds"]),
        "winners": winners(seed, ids, proof["tierId"], proof["round"], count) == proof["winners"],
        "eligibility": eligibility_respected(proof),
    }


def make_v3(seed_text, entrant_ids, tier, round_, count, eligibility, replaces=None):
    seed = hashlib.sha256(seed_text.encode("ascii")).digest()
    ids = sort_ids(entrant_ids)
    return {
        "version": 3, "round": round_, "tierId": tier, "count": count, "replaces": replaces,
        "seedHash": hashlib.sha256(seed).hexdigest(), "seed": seed.hex(), "listHash": list_hash(ids),
        "entrantIds": ids, "winners": winners(seed, ids, tier, round_, count), "eligibility": eligibility,
    }


def write_vectors():
    # Round 3 of tier t2: VIPs who checked in plus a50 added by hand, a12 left out by hand, and the five winners of
    # rounds 1 and 2 (of every tier: repeat wins off) left out.
    earlier = sort_ids(["a3", "a7", "a19", "a33", "d:k3J9xQ2mVb8sLw0e"])
    rule = {"source": "checkedIn", "pollId": None, "categories": ["VIP"], "include": ["a50"], "exclude": ["a12"],
            "allowRepeatWins": False, "earlierWinners": earlier}
    entrants = [f"a{n}" for n in range(1, 41) if f"a{n}" not in earlier and n != 12] + ["a50"]
    good = make_v3("live draw test vector 4", entrants, "t2", 3, 5, rule)
    # The same round with an earlier winner (a7) slipped back in: seed, list hash and winners all check out for the
    # list as published, so only the eligibility check can catch it.
    refused = make_v3("live draw test vector 4", entrants + ["a7"], "t2", 3, 5, rule)
    for name, proof in [("eligibility.json", good), ("eligibility-refused.json", refused)]:
        (VECTORS / name).write_text(json.dumps(proof) + "\n", encoding="utf-8")


def main():
    if "--write" in sys.argv:
        write_vectors()
    failures = 0
    for path in sorted(VECTORS.glob("*.json")):
        proof = json.loads(path.read_text(encoding="utf-8"))
        if "cases" in proof:  # below.json: below(n) over given numbers
            for case in proof["cases"]:
                nums = iter(int(h, 16) for h in case["numbers"])
                n, taken = case["n"], 0
                limit = TWO_64 - (TWO_64 % n)
                while True:
                    x = next(nums)
                    taken += 1
                    if x < limit:
                        break
                ok = (x % n, taken) == (case["result"], case["taken"])
                failures += not ok
                print(f"{'ok  ' if ok else 'FAIL'} {path.name}: below({n}) = {x % n} after {taken}")
            continue
        result = checks(proof)
        if path.name.endswith("-refused.json"):
            ok = not result["eligibility"] and result["seed"] and result["list"] and result["winners"]
            print(f"{'ok  ' if ok else 'FAIL'} {path.name}: refused by the eligibility check only ({result})")
        else:
            ok = all(result.values())
            print(f"{'ok  ' if ok else 'FAIL'} {path.name}: verifies ({result})")
        failures += not ok
    print(f"{failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
