#!/usr/bin/env bash
# Autogenerates the revisions of the three real-world-style scenario models (petclinic-like, jhipster-like, finance)
# on PostgreSQL in the online-safe form (the default), through AutogenerateScenarioTest (which also proves that each
# revision reaches Hibernate's own schema, up and down), and runs squawk-cli over every upgrade and downgrade section.
# Writes the section "## Online revisions against squawk" of bench/lint-vs-squawk.md. squawk is a bench-only tool,
# never a dependency of the plugin:
#
#   (cd /tmp && npm install squawk-cli@2.66.0)      # once
#   bench/online-vs-squawk.sh                       # SQUAWK=/path/to/squawk to use another binary;
#                                                   # REVISIONS=<dir> reuses revisions kept earlier
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$ROOT/bench/work/online
SQUAWK=${SQUAWK:-/tmp/node_modules/.bin/squawk}
PG_VERSION=15.0
SCENARIOS=${SCENARIOS:-petclinic-like,jhipster-like,finance}
if [[ ! -x $SQUAWK ]]; then
  echo "online-vs-squawk: no squawk at $SQUAWK: run (cd /tmp && npm install squawk-cli@2.66.0) or set SQUAWK" >&2
  exit 2
fi
rm -rf "$WORK" && mkdir -p "$WORK/revisions" "$WORK/sections"

if [[ -n ${REVISIONS:-} ]]; then
  # revisions kept by an earlier run (-Dmigrate.test.keepRevisions): only squawk runs
  cp -r "$REVISIONS"/. "$WORK/revisions/"
else
  SELECTED=$(echo "$SCENARIOS" | sed 's#\([^,]*\)#\1/POSTGRESQL#g')
  (cd "$ROOT" && mvn -B -o test -Dinvoker.skip -Dtest=AutogenerateScenarioTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dmigrate.test.scenarios="$SELECTED" -Dmigrate.test.keepRevisions="$WORK/revisions" >"$WORK/mvn.log" 2>&1) \
    || { tail -200 "$WORK/mvn.log" >&2; exit 1; }
fi

# One file per section; a transactional section is wrapped in BEGIN; ... COMMIT; as the runner runs it, and squawk
# is told not to assume a transaction of its own.
python3 - "$WORK" <<'PY'
import pathlib, re, sys
work = pathlib.Path(sys.argv[1])
for revision in sorted((work / "revisions").glob("*/POSTGRESQL/*.sql")):
    scenario = revision.parent.parent.name
    version = re.search(r"_([^_]+)\.sql$", revision.name).group(1)
    text = revision.read_text()
    parts = re.split(r"(?m)^-- migrate:(upgrade|downgrade)(.*)$", text)
    for i in range(1, len(parts), 3):
        name, options, body = parts[i], parts[i + 1], parts[i + 2]
        transactional = "transaction=false" not in options
        out = work / "sections" / f"{scenario}__{version}__{name}.sql"
        out.write_text("BEGIN;\n" + body + "COMMIT;\n" if transactional else body)
PY
"$SQUAWK" --reporter json --pg-version "$PG_VERSION" --no-assume-in-transaction "$WORK"/sections/*.sql \
  >"$WORK/squawk.json" 2>"$WORK/squawk.err" || true

python3 - "$WORK" "$ROOT/bench/lint-vs-squawk.md" "$PG_VERSION" <<'PY'
import collections, json, pathlib, re, sys
work, md_file, pg = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
# squawk's rules about locks and rewrites (the families of bench/lint-vs-squawk.sh, and the lock timeout)
LOCK_REWRITE = {
    "require-concurrent-index-creation", "require-concurrent-index-deletion", "disallowed-unique-constraint",
    "constraint-missing-not-valid", "adding-foreign-key-constraint", "adding-not-nullable-field",
    "adding-field-with-default", "changing-column-type", "adding-serial-primary-key-field",
    "require-concurrent-reindex", "ban-concurrent-index-creation-in-transaction", "require-lock-timeout",
    "adding-primary-key-constraint",
}
sections = sorted(p.name for p in (work / "sections").glob("*.sql"))
text = (work / "squawk.json").read_text().strip()
findings = json.loads(text) if text else []
by_section = collections.defaultdict(list)
other = collections.Counter()
for v in findings:
    name = pathlib.Path(v["file"]).name
    if v["rule_name"] in LOCK_REWRITE:
        body = (work / "sections" / name).read_text().splitlines()
        # squawk counts lines from 0; a long statement is shown by its first 70 characters
        statement = body[v["line"]].strip()
        by_section[name].append((v["rule_name"], statement[:70] + ("..." if len(statement) > 70 else "")))
    else:
        other[v["rule_name"]] += 1
revisions = sorted({s.rsplit("__", 1)[0] for s in sections})
lines = ["## Online revisions against squawk", "",
         f"`bench/online-vs-squawk.sh` autogenerates every version of the three real-world-style scenario models "
         f"(petclinic-like, jhipster-like, finance under `src/test/resources/scenarios`) on PostgreSQL in the online-safe "
         f"form, the default of `migrate:revision` (AutogenerateScenarioTest, which also checks each revision against "
         f"Hibernate's own schema up and down), and runs squawk-cli 2.66.0 (`--pg-version {pg}`, transactional "
         f"sections wrapped in `BEGIN; ... COMMIT;` as the runner runs them) over each of their "
         f"{len(sections)} sections ({len(revisions)} revisions).", "",
         "| revision | upgrade | downgrade |", "|---|---|---|"]
def cell(name):
    hits = by_section.get(name, [])
    return "clean" if not hits else "; ".join(f"{rule}: `{stmt}`" for rule, stmt in hits)
for r in revisions:
    lines.append(f"| {r.replace('__', ' ')} | {cell(r + '__upgrade.sql')} | {cell(r + '__downgrade.sql')} |")
total = sum(len(v) for v in by_section.values())
rules = collections.Counter(rule for hits in by_section.values() for rule, _ in hits)
lines += ["", f"Lock and rewrite findings: {total} ({', '.join(f'{k} {n}' for k, n in sorted(rules.items()))}). "
          "Why each kind remains:", "",
          "- `require-lock-timeout` on the first revision of a model: every table it touches is created in the same "
          "transaction, invisible to other sessions until the commit, so no lock can be waited for; `revision` writes "
          "`lock_timeout` only into sections that lock a table that existed before them. squawk asks for it before "
          "any DDL.",
          "- `constraint-missing-not-valid` and `adding-foreign-key-constraint` on the foreign key of a table created "
          "earlier in the same `transaction=false` section: the table is new and empty, so validating scans nothing, "
          "and the short lock on the referenced table is bounded by the section's `lock_timeout`. squawk cannot know "
          "the table is new, because outside a transaction the CREATE TABLE has committed before the foreign key "
          "(new tables keep the plain form on purpose).",
          "- `changing-column-type`: half are varchar widenings (`character varying(100)` to `(200)` and the like), "
          "which PostgreSQL does in the catalog without a rewrite: squawk's false alarm, which `migrate:lint` does not "
          "raise. The other half are narrowings (one model shrinks `investments.symbol`; the downgrades of the "
          "widenings shrink back): real rewrites under an ACCESS EXCLUSIVE lock, which no online spelling avoids "
          "(expand/contract needs a decision and a backfill autogenerate cannot make). `revision` writes a "
          "`-- WARNING:` above each; offline, `migrate:lint` does not see the old type, so it misses them (known limit "
          "in docs/lint.md).", "",
          f"squawk's other rules ({', '.join(f'{k} {n}' for k, n in sorted(other.items()))}) "
          "are about style and robustness, not locks or rewrites.", ""]
section = "\n".join(lines)
print(section)
md = md_file.read_text() if md_file.exists() else ""
start = md.find("## Online revisions against squawk")
if start >= 0:
    nxt = md.find("\n## ", start + 1)
    md = md[:start] + section + ("\n" + md[nxt + 1:] if nxt >= 0 else "")
else:
    md = md.rstrip("\n") + "\n\n" + section
md_file.write_text(md)
PY
