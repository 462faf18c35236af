package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	lksdk "github.com/livekit/server-sdk-go/v2"
)

const (
	chatTopic   = "chat"
	benchBody   = "bench " // receiver-protocol.ts benchBody: "bench <key>"
	joinBatch   = 10
	joinTimeout = 20 * time.Second
)

// wallNow is milliseconds since the epoch with sub-millisecond precision, as the bench's
// wallNow() (performance.timeOrigin + performance.now()).
func wallNow() float64 {
	return float64(time.Now().UnixMicro()) / 1000
}

// receiver is one participant and what reached it.
type receiver struct {
	room *lksdk.Room
	mu   sync.Mutex
	// Message key -> wall time it first arrived.
	receipts map[string]float64
	// Message key -> copies after the first.
	duplicates map[string]int
}

type chatMessage struct {
	Body string `json:"body"`
}

// chatPacket is "chat.message" (one message) or "chat.messages" (those stored together).
type chatPacket struct {
	Type     string        `json:"type"`
	Message  *chatMessage  `json:"message"`
	Messages []chatMessage `json:"messages"`
}

func (c chatPacket) bodies() []string {
	switch {
	case c.Type == "chat.message" && c.Message != nil:
		return []string{c.Message.Body}
	case c.Type == "chat.messages":
		bodies := make([]string, 0, len(c.Messages))
		for _, m := range c.Messages {
			bodies = append(bodies, m.Body)
		}
		return bodies
	}
	return nil
}

func (r *receiver) onData(data lksdk.DataPacket, _ lksdk.DataReceiveParams) {
	at := wallNow()
	packet, isUser := data.(*lksdk.UserDataPacket)
	if !isUser || packet.Topic != chatTopic {
		return
	}
	var chat chatPacket
	if json.Unmarshal(packet.Payload, &chat) != nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, body := range chat.bodies() {
		key, isBench := strings.CutPrefix(body, benchBody)
		if !isBench {
			continue
		}
		if _, seen := r.receipts[key]; seen {
			r.duplicates[key]++
		} else {
			r.receipts[key] = at
		}
	}
}

type pool struct {
	mu        sync.Mutex
	receivers []*receiver
}

func (p *pool) size() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.receivers)
}

// join connects one subscribe-only participant per token, joinBatch at a time.
func (p *pool) join(url string, tokens []string) error {
	for start := 0; start < len(tokens); start += joinBatch {
		batch := tokens[start:min(start+joinBatch, len(tokens))]
		errs := make([]error, len(batch))
		var wg sync.WaitGroup
		for i, token := range batch {
			wg.Go(func() { errs[i] = p.joinOne(url, token) })
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			return fmt.Errorf("joining receivers: %w", err)
		}
	}
	return nil
}

func (p *pool) joinOne(url, token string) error {
	r := &receiver{receipts: map[string]float64{}, duplicates: map[string]int{}}
	callback := lksdk.NewRoomCallback()
	callback.OnDataPacket = r.onData
	room, err := lksdk.ConnectToRoomWithToken(url, token, callback,
		lksdk.WithAutoSubscribe(false), lksdk.WithConnectTimeout(joinTimeout))
	if err != nil {
		return err
	}
	r.room = room
	p.mu.Lock()
	p.receivers = append(p.receivers, r)
	p.mu.Unlock()
	return nil
}

func (p *pool) leave() {
	p.mu.Lock()
	receivers := p.receivers
	p.receivers = nil
	p.mu.Unlock()
	var wg sync.WaitGroup
	for _, r := range receivers {
		wg.Go(r.room.Disconnect)
	}
	wg.Wait()
}
