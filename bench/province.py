#!/usr/bin/env python3
"""A synthetic province: deterministic department-years, loaded through the gateway's public write API.

Each department-year is the seed department's native final accounts (demo/350502001-2020, without the
transcript's printed cells) with every amount multiplied by a whole factor from 1 to 9, so every table still
balances to the fen; its evaluation is the seed's; its procurement is the seed's 2021 contracts with amounts
multiplied by the same factor. Same seed, same province.

  bench/province.py --count 200 --seed 7 [--writers 4] [--gateway http://127.0.0.1:8080]

Prints `name: value unit` lines: how many department-years were written and published, and how many per second
until the gateway served all of them.
"""
import argparse
import concurrent.futures
import csv
import io
import json
import random
import subprocess
import sys
import time
import urllib.error
import urllib.request
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo"
YEAR = 2020

# county-level divisions of Fujian (GB/T 2260), where the synthetic departments sit
DIVISIONS = {
    "350102": "鼓楼区", "350103": "台江区", "350104": "仓山区", "350105": "马尾区", "350111": "晋安区",
    "350203": "思明区", "350205": "海沧区", "350206": "湖里区", "350211": "集美区", "350212": "同安区",
    "350302": "城厢区", "350303": "涵江区", "350402": "梅列区", "350502": "鲤城区", "350503": "丰泽区",
    "350504": "洛江区", "350505": "泉港区", "350521": "惠安县", "350581": "石狮市", "350582": "晋江市",
    "350583": "南安市", "350602": "芗城区", "350702": "延平区", "350802": "新罗区", "350902": "蕉城区",
}
BUREAUS = ["工业和信息化局", "财政局", "教育局", "民政局", "司法局", "人力资源和社会保障局", "自然资源局",
           "生态环境局", "住房和城乡建设局", "交通运输局", "农业农村局", "水利局", "商务局", "文化体育和旅游局",
           "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局"]


def scaled(node, factor):
    """Every amount times a whole factor; counts (integers) and texts unchanged."""
    if isinstance(node, dict):
        return {k: scaled(v, factor) if k not in NOT_AMOUNTS else v for k, v in node.items()}
    if isinstance(node, list):
        return [scaled(v, factor) for v in node]
    if isinstance(node, (Decimal, int)) and not isinstance(node, bool):
        return node * factor
    return node


def to_json(node):
    """JSON with exact decimals: the services refuse amounts sent as strings, and floats would round them."""
    if isinstance(node, dict):
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" + to_json(v) for k, v in node.items()) + "}"
    if isinstance(node, list):
        return "[" + ",".join(to_json(v) for v in node) + "]"
    if isinstance(node, Decimal):
        return format(node, "f")
    return json.dumps(node, ensure_ascii=False)


NOT_AMOUNTS = {"counts", "vehicles", "generalEquipment", "specialEquipment", "headcount", "year"}


def native_final_accounts():
    seed = json.loads((DEMO / "350502001-2020" / "final-accounts.json").read_text(encoding="utf-8"),
                      parse_float=Decimal)
    keep = ["year", "unit", "income", "expenditure", "basicExpenditure", "threePublic", "profile", "assets"]
    accounts = {k: seed[k] for k in keep}
    # the seed's table 06 (economic lines) is one fen off its table 05 (basic spending): a rounding tail that a
    # factor would multiply past the tolerance, so the largest economic line absorbs it first
    basic = sum((line["amounts"].get("basic") or Decimal(0)) for line in accounts["expenditure"]
                if line.get("fund") == "GENERAL_BUDGET")
    lines = accounts["basicExpenditure"]
    largest = max(lines, key=lambda line: line["amount"])
    largest["amount"] += basic - sum(line["amount"] for line in lines)
    # likewise its general-budget income is one fen above the general-budget spending (tables 01 and 04)
    spent = sum(sum(v for v in line["amounts"].values() if v) for line in accounts["expenditure"]
                if line.get("fund") == "GENERAL_BUDGET")
    received = sum(line["amounts"].get("generalBudget") or Decimal(0) for line in accounts["income"])
    richest = max(accounts["income"], key=lambda line: line["amounts"].get("generalBudget") or Decimal(0))
    richest["amounts"]["generalBudget"] += spent - received
    # and its other income one fen above the non-fiscal spending
    total_spent = sum(sum(v for v in line["amounts"].values() if v) for line in accounts["expenditure"])
    total_received = sum(sum(v for v in line["amounts"].values() if v) for line in accounts["income"])
    other = max(accounts["income"], key=lambda line: line["amounts"].get("other") or Decimal(0))
    other["amounts"]["other"] += total_spent - total_received
    return accounts


def contracts_csv(factor):
    rows = list(csv.reader(io.StringIO((DEMO / "350502001-2021" / "contracts.csv").read_text(encoding="utf-8"))))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(rows[0])
    amount = rows[0].index("amount")
    for row in rows[1:]:
        row = list(row)
        row[amount] = str(Decimal(row[amount].replace(",", "")) * factor)
        writer.writerow(row)
    return out.getvalue()


def department_years(count, seed):
    rng = random.Random(seed)
    divisions = sorted(DIVISIONS)
    used = set()
    for _ in range(count):
        division = rng.choice(divisions)
        number = rng.randint(100, 999)
        while (division, number) in used:
            number = rng.randint(100, 999)
        used.add((division, number))
        code = f"{division}{number}"
        bureau = rng.choice(BUREAUS)
        yield {"code": code, "name": f"{DIVISIONS[division]}{bureau}{number}", "division": DIVISIONS[division],
               "factor": rng.randint(1, 9)}


def token(role, scope=""):
    args = [str(ROOT / "deploy/local/token.sh"), role] + ([scope] if scope else []) + ["2"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout.strip()


class Gateway:
    def __init__(self, base, admin):
        self.base = base
        self.admin = admin

    def published(self, part):
        request = urllib.request.Request(self.base + part + "/versions",
                                         headers={"Authorization": "Bearer " + self.admin})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read()) != []
        except urllib.error.HTTPError as e:
            if e.code == 404:
                return False
            raise

    def call(self, method, path, body=None, content_type="application/json", expect=(200, 201)):
        data = None
        if body is not None:
            data = (body if isinstance(body, str) else to_json(body)).encode("utf-8")
        request = urllib.request.Request(self.base + path, data=data, method=method, headers={
            "Authorization": "Bearer " + self.admin, "Content-Type": content_type})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status
        except urllib.error.HTTPError as e:
            if e.code in expect:
                return e.code
            raise RuntimeError(f"{method} {path}: HTTP {e.code} {e.read()[:300]!r}") from None


def publish_department_year(gateway, dept, accounts, evaluation):
    """Registers the department and publishes its three parts; a part a previous run published is left alone."""
    code = dept["code"]
    gateway.call("PUT", f"/api/v1/departments/{code}",
                 {"code": code, "name": dept["name"], "divisionName": dept["division"]})
    part = f"/api/v1/final-accounts/{code}/{YEAR}"
    if not gateway.published(part):
        gateway.call("PUT", part, scaled(accounts, dept["factor"]))
        gateway.call("POST", part + "/submit", "{}")
        gateway.call("POST", part + "/publish", {"approvalNumber": "闽财预〔2021〕1号", "approvalDate": "2021-06-18"})
    part = f"/api/v1/evaluations/{code}/{YEAR}"
    if not gateway.published(part):
        gateway.call("PUT", part, evaluation)
        gateway.call("POST", part + "/submit", "{}")
        gateway.call("POST", part + "/publish", "{}")
    part = f"/api/v1/procurement/{code}/{YEAR}"
    if not gateway.published(part):
        gateway.call("POST", part + "/contracts/import", contracts_csv(dept["factor"]), "text/csv; charset=UTF-8")
        gateway.call("POST", part + "/submit", "{}")
        gateway.call("POST", part + "/publish", "{}")


def visible(gateway_base, code):
    try:
        with urllib.request.urlopen(f"{gateway_base}/api/v1/disclosures/{code}/{YEAR}", timeout=10) as response:
            return json.loads(response.read()).get("version", 0) >= 3
    except urllib.error.HTTPError:
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--gateway", default="http://127.0.0.1:8080")
    parser.add_argument("--deadline", type=int, default=1800, help="seconds the load may take at most")
    args = parser.parse_args()

    gateway = Gateway(args.gateway, token("admin"))
    accounts = native_final_accounts()
    evaluation = json.loads((DEMO / "350502001-2020" / "evaluation.json").read_text(encoding="utf-8"),
                            parse_float=Decimal)
    departments = list(department_years(args.count, args.seed))
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.writers) as writers:
        futures = [writers.submit(publish_department_year, gateway, d, accounts, evaluation) for d in departments]
        for future in concurrent.futures.as_completed(futures, timeout=args.deadline):
            future.result()
    written = time.monotonic() - started
    pending = [d["code"] for d in departments]
    while pending and time.monotonic() - started < args.deadline:
        pending = [code for code in pending if not visible(args.gateway, code)]
        if pending:
            time.sleep(0.2)
    if pending:
        print(f"{len(pending)} department-years not visible at the gateway within {args.deadline} s", file=sys.stderr)
        sys.exit(1)
    elapsed = time.monotonic() - started
    print(f"province.department_years: {len(departments)} count")
    print(f"province.written: {written:.1f} s")
    print(f"write.department_years_per_second: {len(departments) / elapsed:.1f} department-years/s")


if __name__ == "__main__":
    main()
