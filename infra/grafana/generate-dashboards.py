#!/usr/bin/env python3
"""Writes the Grafana dashboards in dashboards/ (JSON, provisioned from the repo). Edit here, not in Grafana:
   infra/grafana/generate-dashboards.py [--check]
Metric names are those Micrometer exports on /actuator/prometheus (docs/operations.md "Metrics")."""
import json
import pathlib
import sys

OUT = pathlib.Path(__file__).resolve().parent / "dashboards"
DS = {"type": "prometheus", "uid": "ocop-prometheus"}


class Board:
    def __init__(self, uid, title, description, variables):
        self.uid, self.title, self.description, self.variables = uid, title, description, variables
        self.panels, self.y, self.next_id = [], 0, 1

    def row(self, title):
        self.panels.append({"type": "row", "title": title, "id": self.next_id, "collapsed": False,
                            "gridPos": {"h": 1, "w": 24, "x": 0, "y": self.y}, "panels": []})
        self.next_id += 1
        self.y += 1
        self.x = 0

    def panel(self, title, targets, unit="short", w=12, h=8, kind="timeseries", description="", stack=False):
        if getattr(self, "x", 0) + w > 24:
            self.x = 0
            self.y += h
        p = {"type": kind, "title": title, "id": self.next_id, "datasource": DS, "description": description,
             "gridPos": {"h": h, "w": w, "x": self.x, "y": self.y},
             "fieldConfig": {"defaults": {"unit": unit, "custom": {"fillOpacity": 10, "lineWidth": 1,
                                                                     "stacking": {"mode": "normal" if stack else "none"}}},
                             "overrides": []},
             "options": {"legend": {"displayMode": "table", "placement": "bottom", "calcs": ["lastNotNull", "max"]},
                         "tooltip": {"mode": "multi", "sort": "desc"}},
             "targets": [{"datasource": DS, "refId": chr(65 + i), "expr": e, "legendFormat": l}
                         for i, (e, l) in enumerate(targets)]}
        if kind == "stat":
            p["options"] = {"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
                            "colorMode": "value", "graphMode": "area", "textMode": "auto"}
            p["fieldConfig"]["defaults"].pop("custom")
            p["fieldConfig"]["defaults"]["thresholds"] = {"mode": "absolute", "steps": [
                {"color": "green", "value": None}, {"color": "orange", "value": 1}, {"color": "red", "value": 100}]}
        self.panels.append(p)
        self.next_id += 1
        self.x = getattr(self, "x", 0) + w
        if self.x >= 24:
            self.x = 0
            self.y += h

    def json(self):
        return {"uid": self.uid, "title": self.title, "description": self.description, "tags": ["ocop"],
                "timezone": "Asia/Ho_Chi_Minh", "schemaVersion": 39, "version": 1, "editable": False,
                "refresh": "30s", "time": {"from": "now-6h", "to": "now"}, "graphTooltip": 1,
                "templating": {"list": self.variables}, "annotations": {"list": []}, "links": [],
                "panels": self.panels}


def query_var(name, label, query, multi=True):
    return {"name": name, "label": label, "type": "query", "datasource": DS, "refresh": 2, "sort": 1,
            "query": {"query": query, "refId": name}, "definition": query, "multi": multi, "includeAll": True,
            "allValue": ".*", "current": {"selected": True, "text": ["All"], "value": ["$__all"]}}


APP = query_var("application", "Service", "label_values(http_server_requests_seconds_count, application)")
INSTANCE = query_var("instance", "Instance",
                     'label_values(jvm_info{application=~"$application"}, instance)')
SEL = 'application=~"$application", instance=~"$instance"'


def services():
    b = Board("ocop-services", "OCOP — services (HTTP, JVM)",
              "Per service and instance: request rate, errors, latency (http_server_requests_seconds_*), JVM.",
              [APP, INSTANCE])
    b.row("HTTP")
    b.panel("Requests per second by service",
            [(f'sum by (application) (rate(http_server_requests_seconds_count{{{SEL}}}[$__rate_interval]))',
              "{{application}}")], "reqps")
    b.panel("Error ratio (5xx) by service",
            [(f'sum by (application) (rate(http_server_requests_seconds_count{{{SEL}, status=~"5.."}}[$__rate_interval]))'
              f' / sum by (application) (rate(http_server_requests_seconds_count{{{SEL}}}[$__rate_interval]))',
              "{{application}} 5xx")], "percentunit")
    b.panel("Client errors by status (4xx)",
            [(f'sum by (application, status) (rate(http_server_requests_seconds_count{{{SEL}, status=~"4.."}}[$__rate_interval]))',
              "{{application}} {{status}}")], "reqps",
            description="401/403: tokens and roles; 404 includes out-of-scope reads; 412 lost optimistic locks; "
                        "429 rate limits; 422 reused Idempotency-Key.")
    b.panel("Latency p95 by service",
            [(f'histogram_quantile(0.95, sum by (application, le) (rate(http_server_requests_seconds_bucket{{{SEL}}}[$__rate_interval])))',
              "{{application}} p95"),
             (f'histogram_quantile(0.5, sum by (application, le) (rate(http_server_requests_seconds_bucket{{{SEL}}}[$__rate_interval])))',
              "{{application}} p50")], "s")
    b.panel("Slowest endpoints (p95)",
            [(f'topk(10, histogram_quantile(0.95, sum by (application, method, uri, le) (rate(http_server_requests_seconds_bucket{{{SEL}}}[$__rate_interval]))))',
              "{{application}} {{method}} {{uri}}")], "s", w=24)
    b.row("JVM")
    b.panel("Heap used / max",
            [(f'sum by (instance) (jvm_memory_used_bytes{{{SEL}, area="heap"}})', "{{instance}} used"),
             (f'sum by (instance) (jvm_memory_max_bytes{{{SEL}, area="heap"}})', "{{instance}} max")], "bytes")
    b.panel("GC pause time per second",
            [(f'sum by (instance) (rate(jvm_gc_pause_seconds_sum{{{SEL}}}[$__rate_interval]))', "{{instance}}")],
            "s")
    b.panel("CPU (process)", [(f'process_cpu_usage{{{SEL}}}', "{{instance}}")], "percentunit")
    b.panel("Live threads", [(f'jvm_threads_live_threads{{{SEL}}}', "{{instance}}")])
    b.panel("Uptime", [(f'process_uptime_seconds{{{SEL}}}', "{{instance}}")], "s", kind="stat", w=24, h=5)
    return b


def events():
    b = Board("ocop-events", "OCOP — events (outbox, Kafka, DLQ, notifications)",
              "Events produced by the outbox relays and consumed per type, consumer lag, outbox backlog, "
              "dead letters and notification outcomes by channel.", [APP])
    a = 'application=~"$application"'
    b.row("Produced and consumed")
    b.panel("Events published by the outbox relay",
            [(f'sum by (application) (rate(ocop_outbox_published_total{{{a}}}[$__rate_interval]))',
              "{{application}}")], "ops", stack=True)
    b.panel("Events consumed by binding and type",
            [(f'sum by (application, binding, type) (rate(ocop_events_consumed_total{{{a}}}[$__rate_interval]))',
              "{{application}} {{binding}} {{type}}")], "ops", stack=True)
    b.panel("Records sent per topic (all producers)",
            [(f'sum by (topic) (rate(kafka_producer_topic_record_send_total{{{a}}}[$__rate_interval]))',
              "{{topic}}")], "ops")
    b.panel("Relay publish failures (retried)",
            [(f'sum by (application) (rate(ocop_outbox_publish_failures_total{{{a}}}[$__rate_interval]))',
              "{{application}}")], "ops")
    b.row("Backlogs")
    b.panel("Outbox backlog (documents with unpublished events)",
            [(f'max by (application, collection) (ocop_outbox_backlog{{{a}}})', "{{application}} {{collection}}")],
            description="Should stay near 0. Growth = Kafka unreachable or min.insync.replicas not met.")
    b.panel("Consumer lag per group (client view)",
            [(f'max by (application, topic) (kafka_consumer_fetch_manager_records_lag_max{{{a}}})',
              "{{application}} {{topic}}")],
            description="Largest lag of any partition an instance owns (kafka_consumer_fetch_manager_records_lag_max).")
    b.panel("Consumer lag per group (broker view, kafka-exporter)",
            [('sum by (consumergroup, topic) (kafka_consumergroup_lag{consumergroup=~".*-service"})',
              "{{consumergroup}} {{topic}}")],
            description="Also shows the lag of a group none of whose instances is running.")
    b.panel("Dead-letter topics: records kept",
            [('sum by (topic) (kafka_topic_partition_current_offset{topic=~".*\\\\.dlq"}) - '
              'sum by (topic) (kafka_topic_partition_oldest_offset{topic=~".*\\\\.dlq"})', "{{topic}}")],
            description="Re-drive with infra/dlq-redrive.sh after fixing the cause (docs/operations.md).")
    b.panel("Dead letters (total)",
            [('sum(kafka_topic_partition_current_offset{topic=~".*\\\\.dlq"}) - '
              'sum(kafka_topic_partition_oldest_offset{topic=~".*\\\\.dlq"})', "dead letters")],
            kind="stat", w=6, h=5)
    b.panel("Outbox backlog (total)", [(f'sum(ocop_outbox_backlog{{{a}}})', "backlog")], kind="stat", w=6, h=5)
    b.panel("Max consumer lag", [(f'max(kafka_consumer_fetch_manager_records_lag_max{{{a}}})', "lag")],
            kind="stat", w=6, h=5)
    b.panel("Store outage retries",
            [(f'sum(increase(ocop_consumer_store_retries_total{{{a}}}[1h]))', "last hour")],
            kind="stat", w=6, h=5)
    b.row("Notifications")
    b.panel("Notifications by channel and outcome",
            [('sum by (channel, outcome) (rate(ocop_notifications_total[$__rate_interval]))',
              "{{channel}} {{outcome}}")], "ops", stack=True)
    b.panel("Notifications in the last 24 h",
            [('sum by (channel, outcome) (increase(ocop_notifications_total[24h]))', "{{channel}} {{outcome}}")],
            kind="bargauge")
    return b


def main():
    OUT.mkdir(exist_ok=True)
    drift = []
    for board in (services(), events()):
        text = json.dumps(board.json(), ensure_ascii=False, indent=2) + "\n"
        path = OUT / (board.uid + ".json")
        if "--check" in sys.argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                drift.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
    if drift:
        sys.exit("dashboards out of date with generate-dashboards.py: " + ", ".join(drift))


if __name__ == "__main__":
    main()
