import { describe, expect, it } from "vitest";
import { createDataVersionTracker } from "./data-version-tracker";

function setup() {
  const state = { local: 0, shared: 1, now: 0, reads: 0 };
  const tracker = createDataVersionTracker(
    { localChangeCount: () => state.local, readVersion: () => (state.reads++, state.shared), now: () => state.now },
    1000,
  );
  return { state, tracker };
}

describe("createDataVersionTracker", () => {
  it("reads the shared version once, then not again within the recheck interval", () => {
    const { state, tracker } = setup();
    expect(tracker.current()).toBe(1);
    state.shared = 2;
    state.now = 999;
    expect(tracker.current()).toBe(1);
    expect(state.reads).toBe(1);
    state.now = 1000;
    expect(tracker.current()).toBe(2);
    expect(state.reads).toBe(2);
  });

  it("sees a write of this process at once", () => {
    const { state, tracker } = setup();
    tracker.current();
    state.shared = 5;
    state.local = 1;
    expect(tracker.current()).toBe(5);
  });

  it("never goes back to an older version", () => {
    const { state, tracker } = setup();
    state.shared = 7;
    expect(tracker.current()).toBe(7);
    state.shared = 3;
    state.now = 5000;
    expect(tracker.current()).toBe(7);
  });
});

describe("observe", () => {
  it("raises the known version to one read along with data, without a query", () => {
    const { state, tracker } = setup();
    expect(tracker.current()).toBe(1);
    tracker.observe(4);
    expect(tracker.current()).toBe(4);
    expect(state.reads).toBe(1);
    tracker.observe(2);
    expect(tracker.current()).toBe(4);
  });
});
