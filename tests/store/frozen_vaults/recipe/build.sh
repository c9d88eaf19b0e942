#!/usr/bin/env bash
# Make the frozen vault of one schema revision with the code of the commit where it was the newest.
#
#   tests/store/frozen_vaults/recipe/build.sh REVISION [TARGET]    (e.g. 0006; TARGET defaults to
#                                                                  tests/store/frozen_vaults/REVISION)
#
# A detached git worktree of that commit is made in a temporary folder, the vault is made there with
# that commit's own CLI (and the scripts beside this one), its automatic backups are left out, and the
# worktree is removed again. See ../README.md for what each vault holds and why these commits.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(git -C "$HERE" rev-parse --show-toplevel)"
PY="${PYTHON:-$REPO/.venv/bin/python}"
PASSPHRASE="correct paard batterij niet"

revision="${1:?which revision? 0001 … 0010}"
target="$(realpath -m "${2:-$HERE/../$revision}")"
case "$revision" in
  0001) commit=64d2f8b ;;
  0002) commit=ca5cb28 ;;
  0003) commit=7ab7578 ;;
  0004) commit=6a88366 ;;
  0005) commit=9400170 ;;
  0006) commit=69f41c7 ;;
  0007) commit=22be68d ;;
  0008) commit=fb72d34 ;;
  0009) commit=60d8f51 ;;
  0010) commit=1c6ab9f ;;
  *) echo "unknown revision $revision" >&2; exit 2 ;;
esac
if [ -e "$target" ]; then
  echo "$target exists; remove it first" >&2
  exit 1
fi

work="$(mktemp -d)"
tree="$work/tree"
vault="$work/kluis"
trap 'git -C "$REPO" worktree remove --force "$tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$REPO" worktree add --detach "$tree" "$commit" >/dev/null
printf '%s\n' "$PASSPHRASE" >"$work/passphrase.txt"

# Every command runs the worktree's package, never the checkout's (PYTHONPATH, and the worktree as cwd).
old() { (cd "$tree" && PYTHONPATH="$tree" "$PY" "$@"); }
cli() { old -m casusoverleg_desktop "$@"; }
package="$(old -c 'import casusoverleg_desktop; print(casusoverleg_desktop.__file__)')"
[[ "$package" == "$tree/"* ]] || { echo "not the worktree's package: $package" >&2; exit 1; }

init() { cli init --vault "$vault" --user voorzitter --name "Marloes Dekkers" --role chair \
           --passphrase-file "$work/passphrase.txt"; }
demo() { cli demo --vault "$vault" --passphrase-file "$work/passphrase.txt"; }

case "$revision" in
  0001)
    cp "$HERE/standin_store_models.py" "$tree/casusoverleg_desktop/store/models.py"
    init
    old "$HERE/content_0001.py" "$vault" "$work/passphrase.txt" ;;
  0002)
    init
    old "$HERE/content_0002.py" "$vault" "$work/passphrase.txt" ;;
  0003 | 0004)
    cp "$HERE/standin_balance_models.py" "$tree/casusoverleg_desktop/store/balance_models.py"
    demo ;;
  0005)
    cp "$HERE/standin_documents_data.py" "$tree/casusoverleg_desktop/documents/data.py"
    demo ;;
  0006)
    demo
    # The minute taker signs the adopted minutes of meeting 2: the vault keeps the PDF (minutes_document).
    cli export minutes --meeting 2 --sign --vault "$vault" --user notulist \
      --passphrase-file "$work/passphrase.txt" --out "$work/verslag.pdf" ;;
  0007 | 0008 | 0009 | 0010)
    demo ;;  # its demo signs the minutes of meeting 2 itself
esac
cli meetings --vault "$vault" --user voorzitter --passphrase-file "$work/passphrase.txt" 2>/dev/null \
  || true  # 0001 and 0002 have no 'meetings' command

rm -rf "$vault/backups" "$vault/casusoverleg.open"  # the lock file of the last open (0008 on)
# From 0008 on the vault keeps its audit anchor beside the database (the trail's heads, per user).
leftovers="$(find "$vault" -mindepth 1 -not -name casusoverleg.db -not -name keyslots.json \
  -not -name audit-anchor.json)"
[ -z "$leftovers" ] || { echo "unexpected files in the vault: $leftovers" >&2; exit 1; }
mkdir -p "$(dirname "$target")"
cp -r "$vault" "$target"
echo "frozen vault $revision (commit $commit) in $target:"
ls -l "$target"
