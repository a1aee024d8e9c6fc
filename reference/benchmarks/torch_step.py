#!/usr/bin/env python3
"""PyTorch CPU peer of dlecon.bench.TrainStepBenchmark: one forward + backward + Adam step of an MLP on a batch
of 64, float64, one thread. Prints JSON {workload: {"median_us": m, "rounds_us": [...]}} on stdout."""
import json
import sys
import time

import torch

BATCH = 64
WARMUP_S = 3.0
ROUNDS = 7
ROUND_S = 1.0


def workload(sizes, seed=42):
    g = torch.Generator().manual_seed(seed)
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(torch.nn.Linear(sizes[i], sizes[i + 1]))
        if i + 2 < len(sizes):
            layers.append(torch.nn.ReLU())
    net = torch.nn.Sequential(*layers)
    x = torch.rand(BATCH, sizes[0], generator=g)
    out = sizes[-1]
    if out > 1:
        t = torch.randint(0, out, (BATCH,), generator=g)
        loss_fn = torch.nn.CrossEntropyLoss()  # softmax + cross-entropy, as the Java workload
    else:
        t = torch.sin(3 * x[:, :1])
        loss_fn = torch.nn.MSELoss()
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)

    def step():
        opt.zero_grad()
        loss = loss_fn(net(x), t)
        loss.backward()
        opt.step()
        return loss

    return step


def measure(step):
    end = time.perf_counter() + WARMUP_S
    while time.perf_counter() < end:
        step()
    rounds = []
    for _ in range(ROUNDS):
        n = 0
        start = time.perf_counter()
        while True:
            step()
            n += 1
            elapsed = time.perf_counter() - start
            if elapsed >= ROUND_S:
                break
        rounds.append(elapsed / n * 1e6)
    rounds_sorted = sorted(rounds)
    return {"median_us": rounds_sorted[len(rounds) // 2], "rounds_us": rounds}


def main():
    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(42)
    names = sys.argv[1:] or ["1-50-50-1", "784-128-10"]
    result = {"torch": torch.__version__}
    for name in names:
        sizes = [int(s) for s in name.split("-")]
        result[name] = measure(workload(sizes))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
