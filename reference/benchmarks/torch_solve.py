#!/usr/bin/env python3
"""PyTorch CPU peer of dlecon.bench.SolveBenchmark: the same two whole workloads, float64, one thread.

deqn: deterministic Brock-Mirman DEQN (alpha .36, beta .99, delta 1): net 1 -> 50 ReLU -> 50 ReLU -> 1 sigmoid,
      Xavier-uniform weights, zero biases; per episode 64 states K ~ U[0.1, 1] and one Adam (1e-3) step on
      mean errREE^2, errREE = 1 - C'/(beta C (R' + 1 - delta)), autograd through s(K) and s(K'); 2001 episodes.
      Accuracy: max |s(K) - alpha beta| on 1000 equally spaced K in [0.1, 1].
genz: Genz f4 (Gaussian) f(x) = exp(-sum c_i^2 (x_i - w_i)^2), d = 2, with the c and w the Java run drew for the
      same seed (read from its JSON); 500 training points x ~ U[0,1]^2, net 2 -> 3 x 64 ReLU (He-normal) -> 1
      (Xavier-uniform), zero biases, MSE, Adam 1e-3, 200 epochs of shuffled batches of 64 (last one 52), then
      1000 test points. Accuracy: mean absolute error on the test points.

One warm-up solve, then one timed solve per seed 1..S (S = as many as the Java JSON has). Prints JSON on stdout.
Usage: torch_solve.py JAVA_JSON
"""
import json
import statistics
import sys
import time

import torch

ALPHA, BETA, DELTA = 0.36, 0.99, 1.0
GRID = 1000


def deqn(seed):
    g = torch.Generator().manual_seed(seed)
    torch.manual_seed(seed)
    start = time.perf_counter()
    net = torch.nn.Sequential(torch.nn.Linear(1, 50), torch.nn.ReLU(), torch.nn.Linear(50, 50), torch.nn.ReLU(),
                              torch.nn.Linear(50, 1), torch.nn.Sigmoid())
    for m in net:
        if isinstance(m, torch.nn.Linear):
            torch.nn.init.xavier_uniform_(m.weight)  # torch 1.13's init takes no generator: global seed
            torch.nn.init.zeros_(m.bias)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    keep = 1 - DELTA
    for _ in range(2001):
        k = 0.1 + 0.9 * torch.rand(64, 1, generator=g)
        opt.zero_grad()
        s = net(k)
        y = k ** ALPHA
        c = (1 - s) * y
        k_next = keep * k + s * y
        s_next = net(k_next)
        y_next = k_next ** ALPHA
        c_next = (1 - s_next) * y_next
        r_next = ALPHA * k_next ** (ALPHA - 1)
        err = 1 - c_next / (BETA * c * (r_next + keep))
        loss = (err ** 2).mean()
        loss.backward()
        opt.step()
    seconds = time.perf_counter() - start
    with torch.no_grad():
        grid = torch.linspace(0.1, 1.0, GRID).reshape(-1, 1)
        accuracy = (net(grid) - ALPHA * BETA).abs().max().item()
    return seconds, accuracy


def genz(seed, c, w):
    g = torch.Generator().manual_seed(seed)
    torch.manual_seed(seed)
    c = torch.tensor(c)
    w = torch.tensor(w)

    def f(x):
        return torch.exp(-((c ** 2) * (x - w) ** 2).sum(dim=1, keepdim=True))

    start = time.perf_counter()
    x = torch.rand(500, 2, generator=g)
    t = f(x)
    layers, width = [], 2
    for h in (64, 64, 64):
        lin = torch.nn.Linear(width, h)
        torch.nn.init.kaiming_normal_(lin.weight, nonlinearity="relu")
        torch.nn.init.zeros_(lin.bias)
        layers += [lin, torch.nn.ReLU()]
        width = h
    out = torch.nn.Linear(width, 1)
    torch.nn.init.xavier_uniform_(out.weight)
    torch.nn.init.zeros_(out.bias)
    net = torch.nn.Sequential(*layers, out)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = torch.nn.MSELoss()
    for _ in range(200):
        order = torch.randperm(500, generator=g)
        for b in range(0, 500, 64):
            idx = order[b:b + 64]
            opt.zero_grad()
            loss = loss_fn(net(x[idx]), t[idx])
            loss.backward()
            opt.step()
    with torch.no_grad():
        x_test = torch.rand(1000, 2, generator=g)
        accuracy = (net(x_test) - f(x_test)).abs().mean().item()
    seconds = time.perf_counter() - start
    return seconds, accuracy


def measure(solve, seeds, accuracy_name, params=None):
    solve(0) if params is None else solve(0, **params[0])
    runs = [solve(s) if params is None else solve(s, **params[s - 1]) for s in range(1, seeds + 1)]
    seconds = [r[0] for r in runs]
    accuracy = [r[1] for r in runs]
    return {"accuracy_name": accuracy_name, "seconds": seconds, "accuracy": accuracy,
            "median_s": statistics.median(seconds), "median_accuracy": statistics.median(accuracy)}


def main():
    java = json.load(open(sys.argv[1]))
    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    seeds = java["seeds"]
    result = {"runtime": "PyTorch " + torch.__version__, "seeds": seeds,
              "deqn": measure(deqn, seeds, java["deqn"]["accuracy_name"]),
              "genz": measure(genz, seeds, java["genz"]["accuracy_name"], java["genz"]["params"])}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
