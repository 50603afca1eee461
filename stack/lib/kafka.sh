# shellcheck shell=bash disable=SC2034
# Kafka: a single KRaft node (broker + controller) run from the Maven Central jars.

KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KAFKA_HOME="$LOCAL/kafka"
KAFKA_LIB="$KAFKA_HOME/lib"
KAFKA_POM="$STACK/kafka/pom.xml"
KAFKA_CONFIG="$KAFKA_HOME/server.properties"
KAFKA_LOG_DIR="$DATA/kafka"
KAFKA_TOPICS=(pathway-events messaging-events feedback-events)
KAFKA_TOPIC_PARTITIONS=3
KAFKA_TIMEOUT=${KAFKA_TIMEOUT:-90}

kafka_install() {
  local sum
  sum=$(file_sum "$KAFKA_POM")
  if [ "$(cat "$KAFKA_LIB/.pom.sha256" 2>/dev/null)" != "$sum" ]; then
    info "fetching the Kafka jars (Maven Central)"
    rm -rf "$KAFKA_LIB"
    mvnw -q -f "$KAFKA_POM" dependency:copy-dependencies "-DoutputDirectory=$KAFKA_LIB" \
      || die "fetching the Kafka jars failed (${KAFKA_POM#"$ROOT/"})"
    echo "$sum" >"$KAFKA_LIB/.pom.sha256"
  fi
  sed "s|@KAFKA_LOG_DIR@|$KAFKA_LOG_DIR|" "$STACK/kafka/server.properties" >"$KAFKA_CONFIG"
}

# Runs a Kafka command line tool class.
kafka_tool() {
  java -Xms32m -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    "-Dlog4j2.configurationFile=$STACK/kafka/tools-log4j2.yaml" -cp "$KAFKA_LIB/*" "$@" 9>&-
}

kafka_format() {
  [ -f "$KAFKA_LOG_DIR/meta.properties" ] && return 0
  info "formatting the Kafka storage ($KAFKA_LOG_DIR)"
  local cluster_id
  cluster_id=$(kafka_tool kafka.tools.StorageTool random-uuid | tail -1)
  [ -n "$cluster_id" ] || die "could not generate a Kafka cluster id"
  rm -rf "$KAFKA_LOG_DIR"
  mkdir -p "$KAFKA_LOG_DIR"
  kafka_tool kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_CONFIG" --standalone >/dev/null \
    || die "formatting the Kafka storage failed"
}

# Starts the broker process (without waiting for it).
kafka_launch() {
  is_running kafka && return 0
  kafka_install
  ensure_port_free kafka "$KAFKA_PORT"
  ensure_port_free kafka-controller "$KAFKA_CONTROLLER_PORT"
  kafka_format
  info "starting Kafka on port $KAFKA_PORT"
  start_bg kafka "$KAFKA_HOME" -- java -Xms256m -Xmx512m \
    "-Dlog4j2.configurationFile=$STACK/kafka/log4j2.yaml" \
    -cp "$KAFKA_LIB/*" kafka.Kafka "$KAFKA_CONFIG"
}

kafka_topics() {
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "localhost:$KAFKA_PORT" "$@"
}

# Succeeds when the broker answers on its port and lists its topics (kept in KAFKA_EXISTING_TOPICS).
KAFKA_EXISTING_TOPICS=''
kafka_answers() {
  port_open "$KAFKA_PORT" && KAFKA_EXISTING_TOPICS=$(kafka_topics --list 2>/dev/null)
}

kafka_wait() {
  wait_until kafka "$KAFKA_TIMEOUT" kafka_answers
  kafka_create_topics
}

# Creates the missing topics (those not in KAFKA_EXISTING_TOPICS).
kafka_create_topics() {
  local topic
  for topic in "${KAFKA_TOPICS[@]}"; do
    grep -qx "$topic" <<<"$KAFKA_EXISTING_TOPICS" && continue
    kafka_topics --create --if-not-exists --topic "$topic" \
      --partitions "$KAFKA_TOPIC_PARTITIONS" --replication-factor 1 >/dev/null \
      || die "creating the Kafka topic $topic failed"
  done
  ok "kafka ready (localhost:$KAFKA_PORT, topics: ${KAFKA_TOPICS[*]})"
}

kafka_stop() {
  if is_running kafka; then
    info "stopping Kafka"
    stop_bg kafka 60
    ok "kafka stopped"
  fi
}

kafka_status() {
  local state=down pid=-
  if pid=$(running_pgid kafka); then
    state=starting
    port_open "$KAFKA_PORT" && state=up
  else
    pid=-
  fi
  local note=''
  if [ "$state" = down ] && port_open "$KAFKA_PORT"; then
    state=up note=' (not started by ./platform)'
  fi
  status_line kafka "$state" "$pid" "localhost:$KAFKA_PORT$note"
}
