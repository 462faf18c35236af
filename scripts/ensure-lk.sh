#!/usr/bin/env bash
# Builds LiveKit's `lk` CLI (its `load-test` drives the webinar part of `pnpm bench:live`) into
# .tools/bin once, with Go; safe to run again. Exits non-zero when it cannot: the bench needs it.
#
# A plain `go install github.com/livekit/livekit-cli/v2/cmd/lk@v2.18.2` does not give a working
# load tester from the Go module proxy:
#   - the protocol pseudo-version lk 2.18.2 pins is not served: lk is built against the protocol
#     version LiveKit server 1.13.5 (scripts/ensure-livekit.sh) is built with;
#   - the module lacks the PortAudio sources (a git submodule): lk links the system PortAudio
#     (-tags portaudio_system, Debian's portaudio19-dev);
#   - its sample videos are Git LFS pointers, so a publisher sends nothing: the H.264 samples
#     (same names, sizes, frame rates and bitrates) are made here with ffmpeg's test pattern.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

LK_VERSION=2.18.2
PROTOCOL_VERSION=v1.50.5-0.20260728075222-28e604c046c6
# Change when the recipe below changes, so an older build is replaced.
RECIPE="lk $LK_VERSION, protocol $PROTOCOL_VERSION, portaudio_system, ffmpeg testsrc2 H.264 samples (1)"
lk_bin="$PWD/.tools/bin/lk"
stamp="$lk_bin.recipe"
if [ -x "$lk_bin" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$RECIPE" ]; then
  echo "ensure-lk: lk $LK_VERSION present"
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "ensure-lk: Go not found, cannot build lk $LK_VERSION (needed by pnpm bench:live)" >&2
  exit 1
fi

missing=()
[ -f /usr/include/portaudio.h ] || missing+=(portaudio19-dev)
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "ensure-lk: installing ${missing[*]} with apt-get"
  apt_get=(apt-get)
  [ "$(id -u)" -eq 0 ] || apt_get=(sudo apt-get)
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -q "${missing[@]}" >/dev/null ||
    { "${apt_get[@]}" update -q >/dev/null &&
      DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -q "${missing[@]}" >/dev/null; }
fi

echo "ensure-lk: building lk $LK_VERSION into .tools/bin (once; a few minutes)"
build_dir="$(mktemp -d)"
trap 'chmod -R u+w "$build_dir" 2>/dev/null; rm -rf "$build_dir"' EXIT

source_dir="$(cd "$build_dir" && GOFLAGS=-mod=mod go mod download -json "github.com/livekit/livekit-cli/v2@v$LK_VERSION" |
  sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
[ -d "$source_dir" ] || { echo "ensure-lk: could not download lk $LK_VERSION" >&2; exit 1; }
cp -r "$source_dir" "$build_dir/livekit-cli"
chmod -R u+w "$build_dir/livekit-cli"

# name width height fps kbps, as pkg/provider/embeds.go expects them.
samples="butterfly_180_150 320 180 15 150
butterfly_360_400 640 360 20 400
butterfly_720_2000 1280 720 30 2000
cartoon_180_120 320 180 15 120
cartoon_360_400 640 360 20 400
cartoon_720_1500 1280 720 30 1500
circles_p180_200 180 240 15 200
circles_p360_700 360 480 20 700
circles_p540_2000 540 720 30 2000"
while read -r name width height fps kbps; do
  ffmpeg -nostdin -loglevel error -y -f lavfi -i "testsrc2=size=${width}x${height}:rate=$fps" -t 8 \
    -c:v libx264 -bsf:v h264_mp4toannexb -b:v "${kbps}k" -maxrate "${kbps}k" -bufsize "${kbps}k" \
    -profile:v baseline -pix_fmt yuv420p -x264-params "keyint=$((fps * 2))" -bf 0 \
    "$build_dir/livekit-cli/pkg/provider/resources/$name.h264"
done <<<"$samples"

cat >"$build_dir/go.mod" <<EOF
module pavilion.local/lkbuild

go 1.25

require github.com/livekit/livekit-cli/v2 v$LK_VERSION

replace github.com/livekit/livekit-cli/v2 => ./livekit-cli

replace github.com/livekit/protocol => github.com/livekit/protocol $PROTOCOL_VERSION
EOF
mkdir -p "$PWD/.tools/bin"
# The C++ audio code of lk prints many compiler warnings; keep them out of the way unless it fails.
if ! (cd "$build_dir" && go build -mod=mod -tags portaudio_system -o "$lk_bin" \
  "github.com/livekit/livekit-cli/v2/cmd/lk" >"$build_dir/build.log" 2>&1); then
  grep -v -e 'warning:' -e '^cc1plus' -e '^ ' "$build_dir/build.log" | tail -40 >&2
  echo "ensure-lk: building lk $LK_VERSION failed" >&2
  exit 1
fi
echo "$RECIPE" >"$stamp"
"$lk_bin" --version
