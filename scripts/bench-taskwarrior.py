#!/usr/bin/env python3
"""The measuring half of scripts/bench-taskwarrior.sh (run that one: it installs Taskwarrior).

For each size: `plandash generate` writes the plans (60 measures a region); the same
measures become Taskwarrior tasks (description = title, project = region id, due = due
date), imported with `task import` into a fresh data folder. Then, alternating the tools
run by run: one region's list (`plandash list measures --region X` / `task project:X list`)
and one mark (`plandash mark ID --status …` / `task N modify priority:…`, each run a real
change). At 180,000 measures also a later dashboard start (`plandash render`, the first
frame headless) and peak memory. Medians, ratios and the issue's goals are printed.
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, time

GOALS_SMALL = 10.0          # at 10,000: plandash ≥10× faster (median ratio)
GOAL_MS_LARGE = 15.0        # at 180,000: one mark, one region's list
GOAL_START_S = 0.5          # at 180,000: a later dashboard start
GOAL_MEMORY_MB = 250.0      # at 180,000: peak memory


def run(cmd, env, check=True):
    """Wall time (s) and peak memory (MB) of one process, start to exit."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        if check and status != 0:
            err.seek(0)
            sys.exit(f"bench-taskwarrior: {' '.join(cmd)} failed: {err.read().decode()[:500]}")
    return elapsed, usage.ru_maxrss / 1024.0


def output(cmd, env):
    return subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout


def tasks_from_plans(folder):
    """The generated measures as Taskwarrior tasks, read from the plan files' text."""
    tasks = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".yaml"):
            continue
        region = name[:-5]
        current, indent = None, ""
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for line in f:
                m = re.match(r"^(\s*)- id: (\S+\.measure\.\S+)\s*$", line)
                if m:
                    indent = m.group(1) + "  "
                    current = {"description": m.group(2), "project": region,
                               "status": "pending", "entry": "20250101T000000Z"}
                    tasks.append(current)
                    continue
                if current is None:
                    continue
                if line.startswith(indent + "title: "):
                    value = line[len(indent + "title: "):].strip()
                    current["description"] = json.loads(value) if value.startswith('"') else value
                elif line.startswith(indent + "due: "):
                    due = line[len(indent + "due: "):].strip().strip('"')
                    if re.fullmatch(r"\d{4}", due):
                        due += "-12-31"
                    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", due):
                        current["due"] = due.replace("-", "") + "T000000Z"
                elif not line.startswith(indent):
                    current = None
    return tasks


def prepare(size, work, plandash):
    regions = round(size / 60)
    plans = os.path.join(work, "plans")
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, "cache"),
               XDG_DATA_HOME=os.path.join(work, "data"), PLANDASH_PLANS=plans,
               LANG="C.UTF-8", TASKRC=os.path.join(work, "taskrc"),
               TASKDATA=os.path.join(work, "task"))
    env.pop("PLANDASH_STORE", None)
    print(f"\n== {regions * 60:,} measures ({regions} regions) in {work}", flush=True)
    subprocess.run([plandash, "generate", "--regions", str(regions), "--out", plans],
                   env=env, check=True, capture_output=True)
    t, _ = run([plandash, "list", "regions"], env)
    print(f"plandash first load (parse, cache, index): {t:.2f} s", flush=True)
    # The files were just written: their stamps are too recent to vouch for them, so the
    # next command hashes them and renews the index — as happens once after any edit.
    time.sleep(FileStampMargin)
    run([plandash, "list", "regions"], env)
    open(env["TASKRC"], "w").close()
    os.makedirs(env["TASKDATA"], exist_ok=True)
    tasks = tasks_from_plans(plans)
    path = os.path.join(work, "tasks.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(tasks, f, ensure_ascii=False)
    start = time.perf_counter()
    subprocess.run(["task", "rc.confirmation=off", "rc.hooks=off", "rc.verbose=nothing",
                    "import", path], env=env, check=True, capture_output=True)
    print(f"taskwarrior import of {len(tasks):,} tasks: {time.perf_counter() - start:.1f} s",
          flush=True)
    return env, regions, len(tasks)


FileStampMargin = 2.5
TASK_RC = ["rc.confirmation=off", "rc.hooks=off", "rc.gc=off", "rc.verbose=nothing"]


def measure(size, runs, work, plandash):
    env, regions, count = prepare(size, work, plandash)
    region = f"gen{(regions // 2 + 1):05d}"
    measure_id = f"{region}.measure.m1"
    task_id = str(count // 2)
    # Equal data: the same region lists as many rows in both.
    p_rows = output([plandash, "list", "measures", "--region", region], env).count("\n") - 1
    t_rows = len([l for l in output(["task", *TASK_RC, f"project:{region}", "list"], env)
                  .splitlines() if re.match(r"^\s*\d+\s", l)])
    print(f"rows listed for {region}: plandash {p_rows}, taskwarrior {t_rows}", flush=True)
    run([plandash, "mark", measure_id, "--status", "in-progress"], env)  # creates the store
    figures = {k: [] for k in ["p_list", "t_list", "p_mark", "t_mark", "p_start"]}
    peak = 0.0
    for i in range(runs):
        status = "done" if i % 2 == 0 else "in-progress"
        priority = "H" if i % 2 == 0 else "L"
        steps = [
            ("p_list", [plandash, "list", "measures", "--region", region]),
            ("t_list", ["task", *TASK_RC, f"project:{region}", "list"]),
            ("p_mark", [plandash, "mark", measure_id, "--status", status]),
            ("t_mark", ["task", *TASK_RC, task_id, "modify", f"priority:{priority}"]),
        ]
        if size >= 100_000:
            steps.append(("p_start", [plandash, "render"]))
        if i % 2 == 1:
            steps.reverse()
        for key, cmd in steps:
            t, rss = run(cmd, env)
            figures[key].append(t)
            if key.startswith("p_"):
                peak = max(peak, rss)
    return figures, peak


def report(size, figures, peak):
    med = {k: statistics.median(v) * 1000 for k, v in figures.items() if v}
    print(f"\n{size:,} measures, medians of {len(figures['p_list'])} alternating runs")
    print(f"{'figure':<28}{'plandash':>12}{'taskwarrior':>14}{'ratio':>9}  goal")
    for name, p, t in [("one region's list", "p_list", "t_list"),
                       ("one mark", "p_mark", "t_mark")]:
        ratio = med[t] / med[p]
        if size >= 100_000:
            goal = f"≤ {GOAL_MS_LARGE:.0f} ms: {'met' if med[p] <= GOAL_MS_LARGE else 'NOT met'}"
        else:
            goal = f"≥ {GOALS_SMALL:.0f}×: {'met' if ratio >= GOALS_SMALL else 'NOT met'}"
        print(f"{name:<28}{med[p]:>9.1f} ms{med[t]:>11.1f} ms{ratio:>8.1f}×  {goal}")
    if "p_start" in med:
        s = med["p_start"] / 1000
        print(f"{'later dashboard start':<28}{s:>10.2f} s{'':>14}{'':>9}  ≤ {GOAL_START_S} s: "
              f"{'met' if s <= GOAL_START_S else 'NOT met'}")
        print(f"{'peak memory (plandash)':<28}{peak:>9.0f} MB{'':>14}{'':>9}  ≤ {GOAL_MEMORY_MB:.0f} MB: "
              f"{'met' if peak <= GOAL_MEMORY_MB else 'NOT met'}")
    else:
        print(f"{'peak memory (plandash)':<28}{peak:>9.0f} MB")
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plandash", required=True)
    parser.add_argument("--sizes", default="10000,180000")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--keep", help="work in this folder and keep it")
    args = parser.parse_args()
    plandash = os.path.abspath(args.plandash)
    reference, _ = min(run([plandash, "--help"], dict(os.environ)) for _ in range(5))
    print(f"reference: `plandash --help` {reference * 1000:.1f} ms (best of 5); "
          f"load average {os.getloadavg()[0]:.1f}; {subprocess.run(['task', '--version'], capture_output=True, text=True).stdout.strip()} ",
          flush=True)
    for size in [int(s) for s in args.sizes.split(",")]:
        work = (os.path.join(args.keep, str(size)) if args.keep
                else tempfile.mkdtemp(prefix=f"plandash-vs-task-{size}-"))
        if os.path.exists(work) and args.keep:
            shutil.rmtree(work)
        os.makedirs(work, exist_ok=True)
        try:
            figures, peak = measure(size, args.runs, work, plandash)
            report(size, figures, peak)
        finally:
            if not args.keep:
                shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
