# Shared by the shop app's scripts (bash): where its state lives, and HTTP without curl or wget.
APP_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(cd "$APP_DIR/.." && pwd)
STATE_DIR="$PROJECT_DIR/.cairn/shop-app"
PID_FILE="$STATE_DIR/shop.pid"
SHOP_PORT="${SHOP_PORT:-18080}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVAC="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
mkdir -p "$STATE_DIR"

# http METHOD PATH: prints the body; succeeds on a 2xx answer within 5 seconds.
http() {
    local status line
    { exec 3<>"/dev/tcp/127.0.0.1/$SHOP_PORT"; } 2>/dev/null || return 1
    printf '%s %s HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n' "$1" "$2" >&3
    if ! IFS= read -r -t 5 status <&3; then exec 3<&-; return 1; fi
    while IFS= read -r -t 5 line <&3 && [ "${line%$'\r'}" != "" ]; do :; done
    cat <&3
    exec 3<&-
    case "$status" in *" 2"[0-9][0-9]*) return 0 ;; *) return 1 ;; esac
}

running_pid() {
    local pid
    pid=$(cat "$PID_FILE" 2>/dev/null) || return 1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

stop_app() {
    local pid i
    if pid=$(running_pid); then
        kill "$pid" 2>/dev/null || true
        for i in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
        echo "stopped the shop app (pid $pid)"
    fi
    rm -f "$PID_FILE"
}

# start_app ENV VERSION COMMIT: starts it in the background and waits until /health answers.
start_app() {
    local pid i main=("$APP_DIR/ShopApp.java")
    # Compiled once into the state folder: a source launch compiles on every start, which takes seconds.
    if [ "$STATE_DIR/classes/ShopApp.class" -nt "$APP_DIR/ShopApp.java" ] \
        || "$JAVAC" -d "$STATE_DIR/classes" "$APP_DIR/ShopApp.java" 2>/dev/null; then
        main=(-cp "$STATE_DIR/classes" ShopApp)
    fi
    "$JAVA" -XX:TieredStopAtLevel=1 "${main[@]}" --port "$SHOP_PORT" --env "$1" --version "$2" --commit "${3:--}" \
        --state "$STATE_DIR" >>"$STATE_DIR/shop.log" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$PID_FILE"
    echo "$2" >"$STATE_DIR/version"
    for i in $(seq 1 "$(( ${SHOP_START_TIMEOUT:-30} * 10 ))"); do
        if http GET /health >/dev/null; then
            echo "shop $2 is up on http://127.0.0.1:$SHOP_PORT (pid $pid)"
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the shop app exited while starting; the end of $STATE_DIR/shop.log:" >&2
            tail -n 20 "$STATE_DIR/shop.log" >&2
            return 1
        fi
        sleep 0.1
    done
    echo "the shop app did not answer /health on port $SHOP_PORT within ${SHOP_START_TIMEOUT:-30} s; see $STATE_DIR/shop.log" >&2
    return 1
}
