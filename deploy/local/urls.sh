#!/usr/bin/env bash
# Prints where the running stack answers.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cat <<TXT

Juesuan is running.
  Gateway API      http://127.0.0.1:8080/api/v1/disclosures/350502001/2020
  Gateway OpenAPI  http://127.0.0.1:8080/q/openapi      Swagger UI http://127.0.0.1:8080/q/swagger-ui
  Health           http://127.0.0.1:8080/q/health/ready
  Services         accounts http://127.0.0.1:8081/q/swagger-ui   evaluation http://127.0.0.1:8082/q/swagger-ui
                   procurement http://127.0.0.1:8083/q/swagger-ui
  Logs             $LOG_DIR
  Stop             make stop
TXT
