# miglint in a container: the self-contained linux-x64 tree (its own Java runtime) on a small glibc base.
# Build the tree first (mvn -B -Pdist package -DskipTests), then: docker build -t miglint .
# Use: docker run --rm -v "$PWD:/src" -w /src miglint lint .
FROM debian:bookworm-slim
COPY target/dist/miglint-*/ /opt/miglint/
RUN ln -s /opt/miglint/bin/miglint /usr/local/bin/miglint && miglint --version
WORKDIR /src
ENTRYPOINT ["miglint"]
