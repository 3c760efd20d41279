# Juesuan: the two commands a newcomer needs are `make run` and `make test` (see README.md).
SHELL := /bin/bash
LOCAL := deploy/local
MVN ?= mvn -B

.PHONY: run stop test chaos build infra status demo-data token bench

## Start PostgreSQL and Kafka, build, start the four services, load the demo data, print the URLs.
run: infra build
	@$(LOCAL)/services.sh start
	@$(LOCAL)/load-demo.sh
	@$(LOCAL)/urls.sh

## Stop what `make run` started.
stop:
	@$(LOCAL)/stack.sh stop

## PostgreSQL and Kafka running, fresh test databases and test topics, then every module's tests.
test: infra
	@$(LOCAL)/postgres.sh reset-test-databases
	@$(LOCAL)/kafka.sh delete-topics test.
	@$(LOCAL)/kafka.sh delete-topics e2e.
	$(MVN) verify

## Fault scenarios on the real stack (e2e-tests, tag chaos) with a broker of its own on a small disk: the broker,
## the gateway and a service killed with SIGKILL, PostgreSQL stopped like a power cut, the broker's disk filled,
## each under load; prints each scenario's figures. Runs in CI.
chaos: infra
	@$(LOCAL)/postgres.sh reset-test-databases
	@rm -f e2e-tests/target/chaos-figures.txt
	@$(LOCAL)/chaos-broker.sh start
	@status=0; $(MVN) -pl e2e-tests -am verify -Dgroups=chaos -De2e.groups=chaos -De2e.excludedGroups=none \
	  -De2e.kafka=127.0.0.1:29092 -De2e.brokerScript=chaos-broker.sh || status=$$?; \
	  $(LOCAL)/chaos-broker.sh stop; \
	  echo "figures:"; cat e2e-tests/target/chaos-figures.txt 2>/dev/null; exit $$status

## Build the services' fast-jars without running tests.
build:
	$(MVN) -q -DskipTests package

infra:
	@$(LOCAL)/postgres.sh start
	@$(LOCAL)/kafka.sh start

status:
	@$(LOCAL)/stack.sh status

demo-data:
	@$(LOCAL)/load-demo.sh

## A dev bearer token: make token ROLE=admin | ROLE=discloser DEPT=350502001 | ROLE=reviewer DIVISION=350502
token:
	@$(LOCAL)/token.sh $(ROLE) $(DEPT)$(DIVISION)

## Benchmarks on a separate bench stack (bench/README.md): make bench [SCALE=5000]; figures kept in bench/results/.
SCALE ?= 5000
bench:
	@bench/run.sh $(SCALE)
