// pavilion-chat-receiver: the chat receivers of `pnpm bench:live`. One process joins many
// subscribe-only participants to a booth's LiveKit room (server-sdk-go, pion WebRTC) and notes
// when each chat message reaches each of them; the bench drives it with JSON lines on stdin and
// reads one JSON line per answer on stdout (bench/src/live/receiver-protocol.ts):
//
//	{"type":"join","url":"ws://…","tokens":["…"]}                    -> {"type":"joined","count":N}
//	{"type":"collect","label":"ramp0","sent":[["ramp0-0-0",t0]],"timeoutMs":10000}
//	                                                                 -> {"type":"collected","report":{…}}
//	{"type":"leave"}                                                 -> {"type":"left"}
//
// Any request that fails is answered with {"type":"failed","message":"…"}. The process leaves
// the room and exits when stdin closes (the bench went away).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/livekit/protocol/logger"
	lksdk "github.com/livekit/server-sdk-go/v2"
)

type request struct {
	Type      string   `json:"type"`
	URL       string   `json:"url"`
	Tokens    []string `json:"tokens"`
	Label     string   `json:"label"`
	Sent      [][2]any `json:"sent"`
	TimeoutMs float64  `json:"timeoutMs"`
}

type answer struct {
	Type    string  `json:"type"`
	Count   *int    `json:"count,omitempty"`
	Report  *report `json:"report,omitempty"`
	Message string  `json:"message,omitempty"`
}

func main() {
	// The SDK and pion log every join at info and ICE start-up at warn: keep errors only.
	if quiet, err := logger.NewZapLogger(&logger.Config{Level: "error"}); err == nil {
		lksdk.SetLogger(quiet)
	}
	// Where the receivers' CPU goes: PAVILION_RECEIVER_CPU_PROFILE=file writes a pprof profile to file.<pid>.
	if file := os.Getenv("PAVILION_RECEIVER_CPU_PROFILE"); file != "" {
		if out, err := os.Create(fmt.Sprintf("%s.%d", file, os.Getpid())); err == nil && pprof.StartCPUProfile(out) == nil {
			defer pprof.StopCPUProfile()
		}
	}
	pool := &pool{}
	in := bufio.NewScanner(os.Stdin)
	// A collect request lists every key of a step with its send time: allow a few MB.
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	reply := func(a answer) {
		line, err := json.Marshal(a)
		if err != nil {
			line, _ = json.Marshal(answer{Type: "failed", Message: err.Error()})
		}
		out.Write(line)
		out.WriteByte('\n')
		out.Flush()
	}
	for in.Scan() {
		var req request
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			reply(answer{Type: "failed", Message: fmt.Sprintf("bad request: %v", err)})
			continue
		}
		a, err := handle(pool, &req)
		if err != nil {
			reply(answer{Type: "failed", Message: err.Error()})
			continue
		}
		reply(a)
		if a.Type == "left" {
			return
		}
	}
	pool.leave()
}

func handle(pool *pool, req *request) (answer, error) {
	switch req.Type {
	case "join":
		if err := pool.join(req.URL, req.Tokens); err != nil {
			return answer{}, err
		}
		count := pool.size()
		return answer{Type: "joined", Count: &count}, nil
	case "collect":
		sent, err := parseSent(req.Sent)
		if err != nil {
			return answer{}, err
		}
		r := pool.collect(req.Label, sent, req.TimeoutMs)
		return answer{Type: "collected", Report: &r}, nil
	case "leave":
		pool.leave()
		return answer{Type: "left"}, nil
	default:
		return answer{}, fmt.Errorf("unknown request %q", req.Type)
	}
}

// parseSent reads [key, send wall time in ms] pairs.
func parseSent(pairs [][2]any) ([]sentMessage, error) {
	sent := make([]sentMessage, 0, len(pairs))
	for _, pair := range pairs {
		key, isString := pair[0].(string)
		at, isNumber := pair[1].(float64)
		if !isString || !isNumber {
			return nil, fmt.Errorf("bad sent pair %v", pair)
		}
		sent = append(sent, sentMessage{key: key, at: at})
	}
	return sent, nil
}
