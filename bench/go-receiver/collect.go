package main

import (
	"math"
	"strings"
	"time"
)

// sentMessage is a message the API accepted: its key and the wall time its call started.
type sentMessage struct {
	key string
	at  float64
}

// report is receiver-protocol.ts's ReceiverReport, latencies as a plain array.
type report struct {
	Receivers  int       `json:"receivers"`
	Expected   int       `json:"expected"`
	Delivered  int       `json:"delivered"`
	Missing    int       `json:"missing"`
	Duplicates int       `json:"duplicates"`
	Unexpected int       `json:"unexpected"`
	LatencyMs  []float64 `json:"latenciesMs"`
	LastAt     float64   `json:"lastReceiptAt"`
}

const pollEvery = 20 * time.Millisecond

// collect waits until every receiver has every sent message or the timeout, then counts the
// step: one latency per delivery, what is missing, duplicated or unknown. The step's receipts
// are then forgotten, so memory does not grow over the run.
func (p *pool) collect(label string, sent []sentMessage, timeoutMs float64) report {
	p.mu.Lock()
	receivers := append([]*receiver(nil), p.receivers...)
	p.mu.Unlock()
	deadline := time.Now().Add(time.Duration(timeoutMs * float64(time.Millisecond)))
	// Per receiver, the first sent message not seen yet: each poll resumes there.
	next := make([]int, len(receivers))
	for !allArrived(receivers, sent, next) && time.Now().Before(deadline) {
		time.Sleep(pollEvery)
	}
	prefix := label + "-"
	sentKeys := make(map[string]struct{}, len(sent))
	for _, m := range sent {
		sentKeys[m.key] = struct{}{}
	}
	out := report{
		Receivers: len(receivers),
		Expected:  len(sent) * len(receivers),
		LatencyMs: make([]float64, 0, len(sent)*len(receivers)),
	}
	for _, r := range receivers {
		r.mu.Lock()
		for _, m := range sent {
			at, ok := r.receipts[m.key]
			if !ok {
				out.Missing++
				continue
			}
			out.LatencyMs = append(out.LatencyMs, math.Round((at-m.at)*1000)/1000)
			out.LastAt = max(out.LastAt, at)
		}
		for key := range r.receipts {
			if !strings.HasPrefix(key, prefix) {
				continue
			}
			if _, known := sentKeys[key]; !known {
				out.Unexpected++
			}
			out.Duplicates += r.duplicates[key]
			delete(r.receipts, key)
			delete(r.duplicates, key)
		}
		r.mu.Unlock()
	}
	out.Delivered = len(out.LatencyMs)
	return out
}

func allArrived(receivers []*receiver, sent []sentMessage, next []int) bool {
	for i, r := range receivers {
		r.mu.Lock()
		for next[i] < len(sent) {
			if _, ok := r.receipts[sent[next[i]].key]; !ok {
				break
			}
			next[i]++
		}
		r.mu.Unlock()
		if next[i] < len(sent) {
			return false
		}
	}
	return true
}
