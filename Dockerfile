# OneWindow: build with Maven, run on a JRE as a non-root user.
#   docker build -t onewindow .
#   docker run -p 8080:8080 -e DB_URL=jdbc:postgresql://db:5432/onewindow -e DB_USER=onewindow -e DB_PASSWORD=... onewindow

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw --batch-mode --no-transfer-progress dependency:go-offline
COPY src src
COPY processes processes
COPY config config
RUN ./mvnw --batch-mode --no-transfer-progress -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app onewindow && mkdir -p /app/data && chown -R onewindow /app
WORKDIR /app
COPY --from=build /src/target/onewindow-*.jar /app/onewindow.jar
USER onewindow
ENV SPRING_PROFILES_ACTIVE=postgres \
    JAVA_OPTS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/onewindow.jar"]
