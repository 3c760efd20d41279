#!/usr/bin/env python3
"""A synthetic province: deterministic department-years, loaded through the gateway's public write API.

Each department-year is the seed department's native final accounts (demo/350502001-2020, without the
transcript's printed cells) with every amount multiplied by a whole factor from 1 to 9, so every table still
balances to the fen; its evaluation is the seed's; its procurement is the seed's 2021 contracts with amounts
multiplied by the same factor. Same seed, same province.

  bench/province.py --count 200 --seed 7 [--writers 4] [--batch 20] [--gateway http://127.0.0.1:8080]

Prints `name: value unit` lines: how many department-years were written and published, and how many per second
until the gateway served all of them.
"""
import argparse
import concurrent.futures
import csv
import http.client
import io
import json
import random
import subprocess
import threading
import time
import urllib.parse
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo"
YEAR = 2020

# county-level divisions of Fujian in 2020 (GB/T 2260), where the synthetic departments sit: 84 of them with 900
# sequence numbers each leave room for 75,600 department-years of one year
DIVISIONS = {
    "350102": "鼓楼区", "350103": "台江区", "350104": "仓山区", "350105": "马尾区", "350111": "晋安区",
    "350112": "长乐区", "350121": "闽侯县", "350122": "连江县", "350123": "罗源县", "350124": "闽清县",
    "350125": "永泰县", "350128": "平潭县", "350181": "福清市",
    "350203": "思明区", "350205": "海沧区", "350206": "湖里区", "350211": "集美区", "350212": "同安区",
    "350213": "翔安区",
    "350302": "城厢区", "350303": "涵江区", "350304": "荔城区", "350305": "秀屿区", "350322": "仙游县",
    "350402": "梅列区", "350403": "三元区", "350421": "明溪县", "350423": "清流县", "350424": "宁化县",
    "350425": "大田县", "350426": "尤溪县", "350427": "沙县", "350428": "将乐县", "350429": "泰宁县",
    "350430": "建宁县", "350481": "永安市",
    "350502": "鲤城区", "350503": "丰泽区", "350504": "洛江区", "350505": "泉港区", "350521": "惠安县",
    "350524": "安溪县", "350525": "永春县", "350526": "德化县", "350581": "石狮市", "350582": "晋江市",
    "350583": "南安市",
    "350602": "芗城区", "350603": "龙文区", "350622": "云霄县", "350623": "漳浦县", "350624": "诏安县",
    "350625": "长泰县", "350626": "东山县", "350627": "南靖县", "350628": "平和县", "350629": "华安县",
    "350681": "龙海市",
    "350702": "延平区", "350703": "建阳区", "350721": "顺昌县", "350722": "浦城县", "350723": "光泽县",
    "350724": "松溪县", "350725": "政和县", "350781": "邵武市", "350782": "武夷山市", "350783": "建瓯市",
    "350802": "新罗区", "350803": "永定区", "350821": "长汀县", "350823": "上杭县", "350824": "武平县",
    "350825": "连城县", "350881": "漳平市",
    "350902": "蕉城区", "350921": "霞浦县", "350922": "古田县", "350923": "屏南县", "350924": "寿宁县",
    "350925": "周宁县", "350926": "柘荣县", "350981": "福安市", "350982": "福鼎市",
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


CATEGORIES = {"货物": "GOODS", "工程": "WORKS", "服务": "SERVICES"}
METHODS = {"公开招标": "OPEN_TENDER", "邀请招标": "INVITED_TENDER", "竞争性谈判": "COMPETITIVE_NEGOTIATION",
           "竞争性磋商": "COMPETITIVE_CONSULTATION", "询价": "REQUEST_FOR_QUOTATION", "单一来源": "SINGLE_SOURCE",
           "框架协议": "FRAMEWORK_AGREEMENT", "其他": "OTHER"}
SCALES = {"大型": "LARGE", "中型": "MEDIUM", "小型": "SMALL", "微型": "MICRO"}


def contracts_json(factor):
    """The seed's contracts as the batch API takes them (the CSV's labels, where it uses them, mapped to the API's
    names)."""
    rows = csv.DictReader(io.StringIO(contracts_csv(factor)))
    return [{"number": r["number"], "title": r["title"], "category": CATEGORIES.get(r["category"], r["category"]),
             "method": METHODS.get(r["method"], r["method"]), "amount": Decimal(r["amount"]), "awardDate": r["awardDate"] or None,
             "signingDate": r["signingDate"] or None, "reservedForSme": r["reservedForSme"] in ("是", "true"),
             "supplier": {"name": r["supplierName"], "creditCode": r["supplierCreditCode"],
                          "scale": SCALES.get(r["supplierScale"], r["supplierScale"])}} for r in rows]


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
    """The first `count` of a seeded shuffle of every (division, sequence number): a smaller province of the same
    seed is a prefix of a larger one."""
    slots = [(division, number) for division in sorted(DIVISIONS) for number in range(100, 1000)]
    if count > len(slots):
        raise SystemExit(f"at most {len(slots)} department-years fit in one year's department codes")
    rng = random.Random(seed)
    rng.shuffle(slots)
    for division, number in slots[:count]:
        yield {"code": f"{division}{number}", "name": f"{DIVISIONS[division]}{rng.choice(BUREAUS)}{number}",
               "division": DIVISIONS[division], "factor": rng.randint(1, 9)}


def token(role, scope=""):
    args = [str(ROOT / "deploy/local/token.sh"), role] + ([scope] if scope else []) + ["12"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout.strip()


class Gateway:
    """The gateway over one kept-alive connection per thread, as a real client would hold it."""

    def __init__(self, base, admin):
        self.root = base
        self.base = urllib.parse.urlsplit(base)
        self.admin = admin
        self.local = threading.local()

    def request(self, method, path, body=None, headers=None):
        """(status, headers, body bytes); reconnects once when a kept-alive connection was closed."""
        for attempt in (1, 2):
            connection = getattr(self.local, "connection", None)
            if connection is None:
                connection = http.client.HTTPConnection(self.base.hostname, self.base.port, timeout=60)
                self.local.connection = connection
            try:
                connection.request(method, path, body=body, headers=headers or {})
                response = connection.getresponse()
                return response.status, response.headers, response.read()
            except (http.client.HTTPException, ConnectionError):
                connection.close()
                self.local.connection = None
                if attempt == 2:
                    raise

    def call(self, method, path, body=None, content_type="application/json"):
        data = None
        if body is not None:
            data = (body if isinstance(body, str) else to_json(body)).encode("utf-8")
        status, _, answer = self.request(method, path, data, {
            "Authorization": "Bearer " + self.admin, "Content-Type": content_type})
        if status not in (200, 201):
            raise RuntimeError(f"{method} {path}: HTTP {status} {answer[:300]!r}")
        return json.loads(answer) if answer else None

    def published(self, part):
        status, _, answer = self.request("GET", part + "/versions", headers={"Authorization": "Bearer " + self.admin})
        return status == 200 and json.loads(answer) != []

    def changes(self, after, limit):
        """A page of the gateway's change feed."""
        status, _, answer = self.request("GET", f"/api/v1/changes?after={after}&limit={limit}")
        if status != 200:
            raise RuntimeError(f"change feed: HTTP {status}")
        return json.loads(answer)

    def disclosure_version(self, code, year=YEAR):
        """The version the gateway serves, 0 when it serves none."""
        status, _, answer = self.request("GET", f"/api/v1/disclosures/{code}/{year}")
        return json.loads(answer)["version"] if status == 200 else 0


APPROVAL = {"approvalNumber": "闽财预〔2021〕1号", "approvalDate": "2021-06-18"}


class Bodies:
    """The request bodies of each factor, serialized once: the load generator shares the machine it measures."""

    def __init__(self):
        accounts = native_final_accounts()
        evaluation = json.loads((DEMO / "350502001-2020" / "evaluation.json").read_text(encoding="utf-8"),
                                parse_float=Decimal)
        self.accounts = {f: to_json(scaled(accounts, f)) for f in range(1, 10)}
        self.contracts = {f: contracts_csv(f) for f in range(1, 10)}
        self.contract_list = {f: to_json(contracts_json(f)) for f in range(1, 10)}
        self.evaluation = to_json(evaluation)


def publish_department_year(gateway, dept, bodies):
    """Registers the department and publishes its three parts. A department-year the gateway serves whole is left
    alone; one it serves in part (an interrupted run) is completed part by part."""
    code = dept["code"]
    served = gateway.disclosure_version(code)
    if served >= 3:
        return None
    unpublished = (lambda part: True) if served == 0 else (lambda part: not gateway.published(part))
    gateway.call("PUT", f"/api/v1/departments/{code}",
                 {"code": code, "name": dept["name"], "divisionName": dept["division"]})
    part = f"/api/v1/final-accounts/{code}/{YEAR}"
    if unpublished(part):
        gateway.call("PUT", part, bodies.accounts[dept["factor"]])
        gateway.call("POST", part + "/submit", "{}")
        gateway.call("POST", part + "/publish", APPROVAL)
    part = f"/api/v1/evaluations/{code}/{YEAR}"
    if unpublished(part):
        gateway.call("PUT", part, bodies.evaluation)
        gateway.call("POST", part + "/submit", "{}")
        gateway.call("POST", part + "/publish", "{}")
    part = f"/api/v1/procurement/{code}/{YEAR}"
    if unpublished(part):
        gateway.call("POST", part + "/contracts/import", bodies.contracts[dept["factor"]], "text/csv; charset=UTF-8")
        gateway.call("POST", part + "/submit", "{}")
        gateway.call("POST", part + "/publish", "{}")
    return code


def publish_batch(gateway, departments, bodies):
    """Publishes department-years the way a finance bureau loads a year: one batch call per part, each one
    transaction. A department-year the gateway serves whole is left out; one it serves in part is sent only with
    the parts it lacks. Returns the codes of the department-years sent."""
    pending = []
    for dept in departments:
        served = gateway.disclosure_version(dept["code"])
        if served < 3:
            pending.append((dept, served))

    def lacking(part, dept, served):
        return served == 0 or not gateway.published(f"/api/v1/{part}/{dept['code']}/{YEAR}")

    def send(part, items):
        if items:
            gateway.call("POST", f"/api/v1/{part}/{YEAR}/batch", "{\"items\":[" + ",".join(items) + "]}")

    approval = to_json(APPROVAL)
    send("final-accounts", [
        '{"department":' + to_json({"code": d["code"], "name": d["name"], "divisionName": d["division"]})
        + ',"document":' + bodies.accounts[d["factor"]] + ',"publication":' + approval + "}"
        for d, served in pending if lacking("final-accounts", d, served)])
    send("evaluations", ['{"departmentCode":"' + d["code"] + '","document":' + bodies.evaluation + "}"
                         for d, served in pending if lacking("evaluations", d, served)])
    send("procurement", ['{"departmentCode":"' + d["code"] + '","contracts":' + bodies.contract_list[d["factor"]] + "}"
                         for d, served in pending if lacking("procurement", d, served)])
    return [d["code"] for d, _ in pending]


def await_served(gateway, codes, after, deadline):
    """Follows the gateway's change feed from sequence `after` until each department-year of `codes` has reached
    its third version (an entry is committed with the version it produced, so it is served by then). Returns the
    codes still missing at the deadline. One feed page per poll instead of every pending document."""
    pending = set(codes)
    while pending and time.monotonic() < deadline:
        page = gateway.changes(after, 1000)
        for entry in page["entries"]:
            if entry["year"] == YEAR and entry["version"] >= 3:
                pending.discard(entry["departmentCode"])
        if page["entries"]:
            after = page["next"]
        else:
            time.sleep(0.05)
    return pending


def load(gateway, departments, writers, deadline, batch=20):
    """Publishes every department-year with `writers` threads, in batches of `batch` per call (0: the calls a
    department makes one at a time: save, submit, publish per part), and waits until the gateway serves all three
    parts of each. Returns (department-years written now, seconds from the first call until all were visible)."""
    bodies = Bodies()
    feed_head = gateway.changes(0, 1)["head"]
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=writers) as pool:
        if batch:
            chunks = [departments[i:i + batch] for i in range(0, len(departments), batch)]
            futures = [pool.submit(publish_batch, gateway, chunk, bodies) for chunk in chunks]
            sent = [code for f in concurrent.futures.as_completed(futures, timeout=deadline) for code in f.result()]
        else:
            futures = [pool.submit(publish_department_year, gateway, d, bodies) for d in departments]
            sent = [f.result() for f in concurrent.futures.as_completed(futures, timeout=deadline) if f.result()]
    written = len(sent)
    pending = await_served(gateway, set(sent), feed_head, started + deadline)
    if pending:
        raise SystemExit(f"{len(pending)} department-years not visible at the gateway within {deadline} s")
    return written, time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--gateway", default="http://127.0.0.1:8080")
    parser.add_argument("--batch", type=int, default=20,
                        help="department-years per batch call; 0 for single calls (save, submit, publish)")
    parser.add_argument("--deadline", type=int, default=1800, help="seconds the load may take at most")
    args = parser.parse_args()

    gateway = Gateway(args.gateway, token("admin"))
    departments = list(department_years(args.count, args.seed))
    written, elapsed = load(gateway, departments, args.writers, args.deadline, args.batch)
    print(f"province.department_years: {len(departments)} count")
    print(f"province.written_now: {written} count")
    if written:
        print(f"write.department_years_per_second: {written / elapsed:.1f} department-years/s")


if __name__ == "__main__":
    main()
