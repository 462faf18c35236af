package main

import (
	"slices"
	"testing"

	lksdk "github.com/livekit/server-sdk-go/v2"
)

func receiverWith(receipts map[string]float64, duplicates map[string]int) *receiver {
	return &receiver{receipts: receipts, duplicates: duplicates}
}

func TestCollectCountsEveryDeliveryAtEveryReceiver(t *testing.T) {
	p := &pool{receivers: []*receiver{
		receiverWith(map[string]float64{"s0-0-0": 1010, "s0-1-0": 1025.5}, map[string]int{"s0-1-0": 2}),
		// Missed one message, got one nobody sent, and still holds one of an earlier step.
		receiverWith(map[string]float64{"s0-0-0": 1012, "s0-9-9": 1030, "warm-0-0": 500}, map[string]int{}),
	}}
	sent := []sentMessage{{key: "s0-0-0", at: 1000}, {key: "s0-1-0", at: 1020}}
	r := p.collect("s0", sent, 0)
	if r.Receivers != 2 || r.Expected != 4 || r.Delivered != 3 || r.Missing != 1 {
		t.Fatalf("counts: %+v", r)
	}
	if r.Duplicates != 2 || r.Unexpected != 1 || r.LastAt != 1025.5 {
		t.Fatalf("duplicates, unexpected, last: %+v", r)
	}
	latencies := slices.Clone(r.LatencyMs)
	slices.Sort(latencies)
	if !slices.Equal(latencies, []float64{5.5, 10, 12}) {
		t.Fatalf("latencies %v", latencies)
	}
	// The step is forgotten; earlier steps' receipts are left alone.
	if len(p.receivers[0].receipts) != 0 || len(p.receivers[1].receipts) != 1 {
		t.Fatalf("receipts left: %v %v", p.receivers[0].receipts, p.receivers[1].receipts)
	}
}

func TestOnDataKeepsTheFirstArrivalOfBenchChatMessages(t *testing.T) {
	r := receiverWith(map[string]float64{}, map[string]int{})
	chat := []byte(`{"type":"chat.message","message":{"id":"m","body":"bench s1-2-3","author":{"name":"x"}}}`)
	r.onData(&lksdk.UserDataPacket{Payload: chat, Topic: "chat"}, lksdk.DataReceiveParams{})
	first := r.receipts["s1-2-3"]
	r.onData(&lksdk.UserDataPacket{Payload: chat, Topic: "chat"}, lksdk.DataReceiveParams{})
	r.onData(&lksdk.UserDataPacket{Payload: chat, Topic: "other"}, lksdk.DataReceiveParams{})
	r.onData(&lksdk.UserDataPacket{Payload: []byte(`{"type":"chat.message","message":{"body":"hello"}}`), Topic: "chat"}, lksdk.DataReceiveParams{})
	r.onData(&lksdk.UserDataPacket{Payload: []byte(`{"type":"chat.deleted","id":"m"}`), Topic: "chat"}, lksdk.DataReceiveParams{})
	if len(r.receipts) != 1 || r.receipts["s1-2-3"] != first || first == 0 || r.duplicates["s1-2-3"] != 1 {
		t.Fatalf("receipts %v duplicates %v", r.receipts, r.duplicates)
	}
}

func TestOnDataCountsEveryMessageOfAGroupedPacket(t *testing.T) {
	r := receiverWith(map[string]float64{}, map[string]int{})
	grouped := []byte(`{"type":"chat.messages","messages":[{"body":"bench g-1"},{"body":"hello"},{"body":"bench g-2"}]}`)
	r.onData(&lksdk.UserDataPacket{Payload: grouped, Topic: "chat"}, lksdk.DataReceiveParams{})
	r.onData(&lksdk.UserDataPacket{Payload: []byte(`{"type":"chat.messages","messages":[{"body":"bench g-2"}]}`), Topic: "chat"}, lksdk.DataReceiveParams{})
	if len(r.receipts) != 2 || r.receipts["g-1"] == 0 || r.receipts["g-2"] == 0 || r.duplicates["g-2"] != 1 {
		t.Fatalf("receipts %v duplicates %v", r.receipts, r.duplicates)
	}
}
