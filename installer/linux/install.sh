#!/bin/sh
# Add Casusoverleg to this user's application menu, from the unpacked tarball; no root needed.
#
#   tar -xzf casusoverleg-<version>-linux-x86_64.tar.gz -C ~/Programma\'s
#   ~/Programma\'s/casusoverleg/install.sh              # menu entry, icons, ~/.local/bin link
#   ~/Programma\'s/casusoverleg/install.sh --uninstall  # removes exactly those again
#
# The program stays where it was unpacked. Vaults are never touched: they live in the user data
# folder (~/.local/share/casusoverleg/), not here.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
entry=$data/applications/casusoverleg.desktop

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$entry"
    find "$data/icons/hicolor" -path '*/apps/casusoverleg.*' -type f -exec rm -f {} + 2>/dev/null || true
    if [ -L "$bin/casusoverleg" ]; then rm -f "$bin/casusoverleg"; fi
    echo "Casusoverleg is uit het menu gehaald. De kluizen zijn niet aangeraakt."
    exit 0
fi

[ -x "$here/casusoverleg" ] || { echo "Niet gevonden: $here/casusoverleg" >&2; exit 1; }
mkdir -p "$data/applications" "$bin"
(cd "$here/share/icons" && find hicolor -type f) | while read -r icon; do
    mkdir -p "$data/icons/$(dirname "$icon")"
    cp "$here/share/icons/$icon" "$data/icons/$icon"
done
sed -e "s|^Exec=.*|Exec=\"$here/casusoverleg\"|" -e "s|^TryExec=.*|TryExec=$here/casusoverleg|" \
    "$here/share/casusoverleg.desktop" > "$entry"
ln -sfn "$here/casusoverleg" "$bin/casusoverleg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Casusoverleg staat in het menu; vanaf de opdrachtregel: $bin/casusoverleg"
