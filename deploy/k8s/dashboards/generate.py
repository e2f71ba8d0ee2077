#!/usr/bin/env python3
"""Writes complaint-book.json, the Grafana dashboard ops and analysts open first.

The panels are kept here as data, so that a metric added in a change gets its panel in the same
change; run this script and commit both files. Grafana's dashboard sidecar picks the ConfigMap up
(see kustomization.yaml and deploy/README.md).
"""
import json
import pathlib

ROWS = [
    ("Intake", [
        ("Complaints accepted per minute, by kind",
         'sum by (kind) (rate(complaintbook_intake_submissions_total[5m])) * 60', "short"),
        ("Requests refused for their budget, per minute",
         'sum by (budget) (rate(complaintbook_intake_requests_limited_total[5m])) * 60', "short"),
        ("HTTP answers per second, by service and status",
         'sum by (application, status) (rate(http_server_requests_seconds_count{uri!~"/actuator.*"}[5m]))', "reqps"),
        ("HTTP p99 latency, by service",
         'histogram_quantile(0.99, sum by (application, le) '
         '(rate(http_server_requests_seconds_bucket{uri!~"/actuator.*"}[5m])))', "s"),
    ]),
    ("Publication", [
        ("Oldest stored event not yet published",
         'max(complaintbook_intake_publication_oldest_unpublished_age_seconds)', "s"),
        ("Stored events not yet published", 'max(complaintbook_intake_publication_behind)', "short"),
        ("Publisher restarts after it was found stopped (1 h)",
         'sum(increase(complaintbook_intake_publication_restarts_total[1h]))', "short"),
        ("Events published per second, by type",
         'sum by (type) (rate(complaintbook_intake_events_published_total[5m]))', "ops"),
        ("Stored events parked by the publisher (15 min)",
         'sum(increase(complaintbook_intake_events_parked_total[15m]))', "short"),
    ]),
    ("Intake's catalogue", [
        ("Catalogue version in force, by pod", 'max by (pod) (complaintbook_intake_catalogue_version)', "short"),
        ("Age of the catalogue's last version marker, by pod",
         'max by (pod) (complaintbook_intake_catalogue_marker_age_seconds)', "s"),
        ("Catalogue entries, by type", 'max by (type) (complaintbook_intake_catalogue_entries)', "short"),
        ("Intake instances without a catalogue (not ready)",
         'count(complaintbook_intake_catalogue_loaded == 0) or vector(0)', "short"),
        ("Catalogue versions not adding up, unreadable records and read failures (15 min)",
         'sum(increase(complaintbook_intake_catalogue_versions_incomplete_total[15m]))'
         ' + sum(increase(complaintbook_intake_catalogue_records_unreadable_total[15m]))'
         ' + sum(increase(complaintbook_intake_catalogue_read_failures_total[15m]))', "short"),
        ("Catalogue records of unknown versions and reader deaths (15 min)",
         '(sum(increase(complaintbook_intake_catalogue_records_unknown_total[15m])) or vector(0))'
         ' + (sum(increase(complaintbook_intake_catalogue_reader_deaths_total[15m])) or vector(0))', "short"),
    ]),
    ("Consumers", [
        ("Records behind, by consumer group (Kafka Exporter)",
         'sum by (consumergroup) (kafka_consumergroup_lag{consumergroup=~".*-service"})', "short"),
        ("Partitions held by an outage, by group",
         'max by (application, group) (complaintbook_consumer_retrying)', "short"),
        ("Records parked on dead-letter topics (15 min), by group and reason",
         'sum by (group, reason) (increase(complaintbook_events_dead_lettered_total[15m]))', "short"),
        ("Records waiting on dead-letter topics, by topic (not re-driven)",
         'max by (topic) (complaintbook_dead_letters_depth)', "short"),
        ("Events held for an earlier event of their complaint, by group",
         'max by (group) (complaintbook_events_held)', "short"),
        ("Oldest held event's wait, by group",
         'max by (group) (complaintbook_events_held_oldest_age_seconds)', "s"),
        ("Staff requests refused: identity provider out of reach, per minute",
         'sum by (application) (rate(complaintbook_staff_tokens_unverifiable_total[5m])) * 60', "short"),
        ("HTTP answered 503 while a store was away, per minute",
         'sum by (application) (rate(complaintbook_http_store_unavailable_total[5m])) * 60', "short"),
        ("Reporting: time from event to view, p99",
         'histogram_quantile(0.99, sum by (le) (rate(complaintbook_reporting_projection_lag_seconds_bucket[5m])))', "s"),
    ]),
    ("Escalation", [
        ("Open deadlines", 'max(complaintbook_escalation_deadlines_open)', "short"),
        ("Escalation lateness (command acknowledged - due), p99, by kind",
         'histogram_quantile(0.99, sum by (kind, le) (rate(complaintbook_escalation_lateness_seconds_bucket[5m])))',
         "s"),
        ("Breaches per hour, by level (top = nothing above)",
         'sum by (level, top) (increase(complaintbook_escalation_breaches_total[1h]))', "short"),
        ("Warnings sent per hour", 'sum(increase(complaintbook_escalation_warnings_total[1h]))', "short"),
        ("Appeal windows closed per hour",
         'sum(increase(complaintbook_escalation_appeal_windows_closed_total[1h]))', "short"),
        ("Timers held in memory, by pod", 'sum by (pod) (complaintbook_escalation_timers_scheduled)', "short"),
        ("Oldest due timer not yet fired, by pod",
         'max by (pod) (complaintbook_escalation_timers_due_oldest_age_seconds)', "s"),
        ("Timer firing failures per minute",
         'sum by (application) (rate(complaintbook_escalation_timers_fire_failures_total[5m])) * 60', "short"),
        ("Commands acknowledged more than a second after due (30 min), by kind",
         'sum by (kind) (increase(complaintbook_escalation_lateness_seconds_count[30m]))'
         ' - sum by (kind) (increase(complaintbook_escalation_lateness_seconds_bucket{le="1.0"}[30m]))', "short"),
        ("Timer thread heartbeat age, by pod",
         'max by (pod) (complaintbook_escalation_timers_heartbeat_age_seconds)', "s"),
        ("Timers set aside: unreadable documents and refused commands (15 min)",
         'sum(increase(complaintbook_escalation_timers_unreadable_total[15m]))'
         ' + sum(increase(complaintbook_escalation_timers_poisoned_total[15m]))', "short"),
    ]),
    ("Routing and letters", [
        ("Assignments decided per minute",
         'sum(rate(complaintbook_routing_assignments_decided_total[5m])) * 60', "short"),
        ("Routing decisions per minute, by how (rule, default owner, climb, top)",
         'sum by (via) (rate(complaintbook_routing_decisions_total[5m])) * 60', "short"),
        ("Organisation version in force", 'max(complaintbook_routing_organisation_version)', "short"),
        ("Catalogue records published (15 min)",
         'sum(increase(complaintbook_routing_catalogue_published_total[15m]))', "short"),
        ("Catalogue publications failed (15 min)",
         'sum(increase(complaintbook_routing_catalogue_failures_total[15m]))', "short"),
        ("Organisation imports (1 h), by outcome",
         'sum by (outcome) (increase(complaintbook_routing_organisation_imports_total[1h]))', "short"),
        ("Organisation versions unreadable and refresh failures (1 h)",
         'sum(increase(complaintbook_routing_organisation_versions_unreadable_total[1h]))'
         ' + sum(increase(complaintbook_routing_organisation_refresh_failures_total[1h]))', "short"),
        ("Routing replicas without the open-count index",
         'sum(complaintbook_routing_indexes_missing)', "short"),
        ("Letters sent per minute, by purpose",
         'sum by (purpose) (rate(complaintbook_notification_messages_sent_total[5m])) * 60', "short"),
        ("Failed send attempts per minute",
         'sum by (purpose) (rate(complaintbook_notification_messages_failed_total[5m])) * 60', "short"),
    ]),
]


def panel(panel_id, title, expr, unit, x, y):
    return {
        "id": panel_id,
        "type": "timeseries",
        "title": title,
        "datasource": {"type": "prometheus", "uid": "${datasource}"},
        "gridPos": {"h": 8, "w": 6, "x": x, "y": y},
        "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
        "targets": [{"refId": "A", "expr": expr, "legendFormat": "__auto"}],
    }


def dashboard():
    panels, panel_id, y = [], 1, 0
    for row_title, row in ROWS:
        panels.append({"id": panel_id, "type": "row", "title": row_title, "collapsed": False,
                       "gridPos": {"h": 1, "w": 24, "x": 0, "y": y}, "panels": []})
        panel_id, y = panel_id + 1, y + 1
        for index, (title, expr, unit) in enumerate(row):
            panels.append(panel(panel_id, title, expr, unit, (index % 4) * 6, y + (index // 4) * 8))
            panel_id += 1
        y += 8 * ((len(row) + 3) // 4)
    return {
        "uid": "complaint-book",
        "title": "Complaint Book",
        "tags": ["complaint-book"],
        "timezone": "browser",
        "schemaVersion": 39,
        "refresh": "30s",
        "time": {"from": "now-6h", "to": "now"},
        "templating": {"list": [{"name": "datasource", "type": "datasource", "query": "prometheus",
                                 "label": "Prometheus"}]},
        "panels": panels,
    }


if __name__ == "__main__":
    target = pathlib.Path(__file__).with_name("complaint-book.json")
    target.write_text(json.dumps(dashboard(), indent=2) + "\n", encoding="utf-8")
