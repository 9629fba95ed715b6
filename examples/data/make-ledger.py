#!/usr/bin/env python3
"""Generate the example ledger (transactions.csv) and adjustments.csv.

Reads projects.csv in this folder and writes a realistic year (2024) of
payments that follow each project's disbursement plan roughly: spending in a
plan period grows towards its checkpoint (payments bunch before deadlines), a
few payments are reversed (冲销, negative amounts) and paid again, and a few
early payments of GXQ-2024-003 come from last year's carry-over.

Two projects are made to stand out:
  000-9999-JSN-4B88  slow: about 45 % of its plan all year (seriously behind);
  GXQ-2024-005       slightly over budget (vehicle insurance and fees paid early).

Deterministic (seeded RNG, standard library only): running it again gives
byte-identical files.  The generated CSVs are committed, so the demo does not
need Python.

    python3 make-ledger.py [--seed 2024] [--dir .]
"""

import argparse
import csv
import datetime
import os
import random
from decimal import Decimal

YEAR = 2024
ROWS_TARGET = 1500

SLOW = "000-9999-JSN-4B88"
OVER = "GXQ-2024-005"

ADJUSTMENTS = [
    # date, code, amount (yuan), reason
    ("2024-06-14", "GXQ-2024-001", "200000.00", "追加：新增1套微型空气站运维"),
    ("2024-07-10", "000-9999-JSN-0226", "150000.00", "追加：增购便携式VOCs检测仪"),
    ("2024-09-20", "000-9999-JSN-JFD6", "-520000.00", "追减：运维合同价格下调"),
]

MEMOS = {
    "GXQ-2024-001": ["空气站运维费", "零部件更换", "设备维修费", "数据分析服务费"],
    "GXQ-2024-002": ["指挥平台年度服务费", "平台运维费"],
    "GXQ-2024-003": ["三女河乡镇站设备款", "老庄子乡镇站设备款", "设备安装调试费"],
    "GXQ-2024-004": ["企业监督性监测费", "水质监测费", "土壤监测费"],
    "GXQ-2024-005": ["电动车使用费", "车辆保险费", "充电费"],
    "000-9999-JSN-0448": ["水源地评估调查费", "专家评审费"],
    "000-9999-JSN-2HF4": ["网格化设备运维费", "设备维护费"],
    "000-9999-JSN-8XV8": ["遥感监测服务费", "遥感设备运维费"],
    "000-9999-JSN-JFD6": ["空气站运维费", "质控服务费", "数据传输费"],
    "000-9999-JSN-4B88": ["分表计电平台建设款", "系统运行服务费"],
    "000-9999-JSN-BF20": ["勘界定标服务费", "界桩制作安装费"],
    "000-9999-JSN-68DN": ["污染源普查工作经费", "普查档案整理费"],
    "000-9999-JSN-PNBD": ["云管理租赁服务费", "线路租赁费"],
    "000-9999-JSN-0226": ["监测仪器购置款", "仪器安装调试费"],
    "000-9999-JSN-642D": ["应急污水车检修费", "污水处理设备运营费"],
    "000-9999-JSN-6VR2": ["视频监控线路维护费", "摄像头更换"],
}


def fen(text):
    return int(Decimal(text.replace(",", "")) * 100)


def yuan(f):
    sign = "-" if f < 0 else ""
    f = abs(f)
    return "%s%d.%02d" % (sign, f // 100, f % 100)


def percent(text):
    text = text.strip().rstrip("%")
    return Decimal(text) if text else None


def cumulative_plan(row):
    """{month: cumulative percent} at the plan's checkpoints (DESIGN.md inference)."""
    given = []
    for m in range(1, 13):
        key = "plan_%02d" % m
        if key in row and row[key].strip():
            given.append((m, percent(row[key])))
    vals = [v for _, v in given]
    nondecr = all(a <= b for a, b in zip(vals, vals[1:]))
    if nondecr and vals[-1] == 100:
        return dict(given)
    run = Decimal(0)
    out = {}
    for m, v in given:
        run += v
        out[m] = run
    return out


def month_targets(plan, scale):
    """Cumulative share (0..1) to reach by the end of each month 1..12.

    Inside a plan period the increment is spread with weights 1, 2, 3, ...
    so that most of it is paid just before the checkpoint."""
    targets = {}
    prev_month, prev_pct = 0, Decimal(0)
    for cp in sorted(plan):
        pct = plan[cp]
        months = list(range(prev_month + 1, cp + 1))
        weights = list(range(1, len(months) + 1))
        total = sum(weights)
        acc = 0
        for m, w in zip(months, weights):
            acc += w
            targets[m] = prev_pct + (pct - prev_pct) * acc / total
        prev_month, prev_pct = cp, pct
    for m in range(prev_month + 1, 13):
        targets[m] = prev_pct
    return {m: float(targets[m]) / 100 * scale(m) for m in range(1, 13)}


def working_days(month):
    d = datetime.date(YEAR, month, 1)
    out = []
    while d.month == month:
        if d.weekday() < 5:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


def split(amount, parts, rng):
    """Split @amount fen into @parts positive pieces summing exactly to it."""
    if parts <= 1 or amount < parts * 100:
        return [amount]
    weights = [rng.uniform(0.5, 1.5) for _ in range(parts)]
    total = sum(weights)
    pieces = [int(amount * w / total) for w in weights[:-1]]
    pieces.append(amount - sum(pieces))
    return pieces


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--dir", default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    rng = random.Random(a.seed)

    with open(os.path.join(a.dir, "projects.csv"), encoding="utf-8", newline="") as f:
        projects = list(csv.DictReader(f))

    adjusted = {p["code"]: fen(p["budget"]) for p in projects}
    for _, code, amount, _ in ADJUSTMENTS:
        adjusted[code] += fen(amount)

    # Number of rows per project: proportional to the square root of its budget.
    weights = {p["code"]: adjusted[p["code"]] ** 0.5 for p in projects}
    wsum = sum(weights.values())

    payments = []  # (date, code, amount fen, source, memo)
    for p in projects:
        code = p["code"]
        budget = adjusted[code]
        plan = cumulative_plan(p)
        if code == SLOW:
            targets = {m: v * 0.45 for m, v in month_targets(plan, lambda m: 1.0).items()}
            targets[12] = 0.62
        elif code == OVER:
            # Insurance and annual fees in January; 102 % by August, 105.6 % by year end.
            share = [0.45, 0.07, 0.07, 0.08, 0.08, 0.08, 0.09, 0.10, 0.01, 0.01, 0.01, 0.006]
            run, targets = 0.0, {}
            for m in range(1, 13):
                run += share[m - 1]
                targets[m] = run
        else:
            final = rng.uniform(0.90, 0.995)
            lag = rng.uniform(0.93, 1.0)
            targets = month_targets(plan, lambda m: final if m == 12 else lag)
            for m in range(1, 12):
                targets[m] = min(targets[m], targets[12])
        n_rows = max(24, round(ROWS_TARGET * 0.97 * weights[code] / wsum))
        paid = 0
        for m in range(1, 13):
            goal = round(budget * targets[m])
            amount = goal - paid
            if amount <= 0:
                continue
            inc = targets[m] - (targets[m - 1] if m > 1 else 0)
            parts = max(1, round(n_rows * inc / max(targets[12], 0.01)))
            days = working_days(m)
            for piece in split(amount, parts, rng):
                day = rng.choice(days[len(days) // 3:]) if parts > 1 else days[-3]
                source = "fiscal"
                if code == "GXQ-2024-003" and m <= 2:
                    source = "carryover"
                memo = "%s（%d月）" % (rng.choice(MEMOS[code]), m)
                payments.append([day, code, piece, source, memo])
            paid = goal

    payments.sort(key=lambda r: (r[0], r[1], r[2]))

    # Reversals: a wrong entry is reversed a few days later and paid again.
    rows = []
    voucher_no = 0
    reversal_every = max(1, len(payments) // 18)
    for i, (day, code, amount, source, memo) in enumerate(payments):
        voucher_no += 1
        voucher = "记-%d-%04d" % (YEAR, voucher_no)
        rows.append([day, code, amount, source, voucher, memo])
        if i % reversal_every == reversal_every // 2 and day.month < 12:
            later = day + datetime.timedelta(days=rng.randint(2, 6))
            if later.year == YEAR:
                rows.append([later, code, -amount, source, "冲销" + voucher, "冲销%s，金额录入错误" % voucher])
                rows.append([later, code, amount, source, voucher + "-R", memo + "，重新入账"])
    rows.sort(key=lambda r: (r[0], r[4]))

    with open(os.path.join(a.dir, "transactions.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["date", "code", "amount", "source", "voucher", "memo"])
        for day, code, amount, source, voucher, memo in rows:
            w.writerow([day.isoformat(), code, yuan(amount), source, voucher, memo])

    with open(os.path.join(a.dir, "adjustments.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["date", "code", "amount", "reason"])
        for row in ADJUSTMENTS:
            w.writerow(row)

    print("%d transactions, %d adjustments" % (len(rows), len(ADJUSTMENTS)))


if __name__ == "__main__":
    main()
