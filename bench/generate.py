#!/usr/bin/env python3
"""Writes the benchmark workloads under bench/work/ (git-ignored).

  generate.py revisions DIR N   a project with N tiny revisions in four forms: ours, Flyway, Liquibase, plain SQL
  generate.py entities DIR N    a project with N JPA entities (ManyToOne to earlier ones, indexes)
"""
import os
import sys

PLUGIN_VERSION = "0.1.0-SNAPSHOT"
FLYWAY_VERSION = os.environ.get("FLYWAY_VERSION", "13.6.0")
LIQUIBASE_VERSION = os.environ.get("LIQUIBASE_VERSION", "4.33.0")
PGJDBC_VERSION = os.environ.get("PGJDBC_VERSION", "42.7.13")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def statement(i):
    return f"CREATE TABLE t_{i} (id int primary key, name varchar(50));\nINSERT INTO t_{i} VALUES (1,'x');\n"


def rev_id(i):
    return f"{i:012x}"


def pom(artifact, extra_dependencies="", plugins=""):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>{artifact}</artifactId>
  <version>1</version>
  <packaging>jar</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <dependencies>{extra_dependencies}
  </dependencies>
  <build>
    <pluginManagement>
      <plugins>
        <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
        <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
      </plugins>
    </pluginManagement>
    <plugins>
      <plugin>
        <groupId>dev.migrate</groupId>
        <artifactId>migrate-maven-plugin</artifactId>
        <version>{PLUGIN_VERSION}</version>
      </plugin>{plugins}
    </plugins>
  </build>
</project>
"""


PEERS = f"""
      <plugin>
        <groupId>org.flywaydb</groupId>
        <artifactId>flyway-maven-plugin</artifactId>
        <version>{FLYWAY_VERSION}</version>
        <configuration>
          <locations><location>filesystem:${{project.basedir}}/flyway</location></locations>
        </configuration>
        <dependencies>
          <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-database-postgresql</artifactId><version>{FLYWAY_VERSION}</version></dependency>
          <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>{PGJDBC_VERSION}</version></dependency>
        </dependencies>
      </plugin>
      <plugin>
        <groupId>org.liquibase</groupId>
        <artifactId>liquibase-maven-plugin</artifactId>
        <version>{LIQUIBASE_VERSION}</version>
        <configuration>
          <changeLogFile>liquibase/changelog.sql</changeLogFile>
          <searchPath>${{project.basedir}}</searchPath>
        </configuration>
        <dependencies>
          <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>{PGJDBC_VERSION}</version></dependency>
        </dependencies>
      </plugin>"""


def revisions(directory, n):
    write(os.path.join(directory, "pom.xml"), pom(f"revisions-{n}", plugins=PEERS))
    plain, liquibase = [], ["--liquibase formatted sql\n"]
    for i in range(1, n + 1):
        parent = rev_id(i - 1) if i > 1 else ""
        sql = statement(i)
        write(os.path.join(directory, "migrations", "versions", f"20260101_{i:06d}_{rev_id(i)}_t_{i}.sql"),
              f"-- t {i}\n--\n-- Revision ID: {rev_id(i)}\n-- Revises: {parent}\n-- Create Date: 2026-01-01 00:00:00Z\n"
              f"\n-- migrate:upgrade\n{sql}\n-- migrate:downgrade\nDROP TABLE t_{i};\n")
        write(os.path.join(directory, "flyway", f"V{i}__t.sql"), sql)
        liquibase.append(f"\n--changeset bench:{i}\n{sql}")
        plain.append(sql)
    write(os.path.join(directory, "liquibase", "changelog.sql"), "".join(liquibase))
    write(os.path.join(directory, "all.sql"), "".join(plain))


JPA = """
    <dependency>
      <groupId>jakarta.persistence</groupId>
      <artifactId>jakarta.persistence-api</artifactId>
      <version>3.2.0</version>
    </dependency>"""


def entities(directory, n):
    write(os.path.join(directory, "pom.xml"), pom(f"entities-{n}", extra_dependencies=JPA))
    for i in range(1, n + 1):
        refs = [j for j in (i - 1, i // 2, i // 3) if 1 <= j < i]
        refs = sorted(set(refs))
        fields = [
            "    @Id private Long id;",
            "    @Column(nullable = false, length = 80) private String name;",
            "    private Integer amount;",
            "    @Column(name = \"created_at\") private java.time.Instant createdAt;",
        ]
        for j in refs:
            fields.append(f"    @ManyToOne @JoinColumn(name = \"e{j}_id\") private E{j} e{j};")
        index = "@Index(name = \"ix_e%d_name\", columnList = \"name\")" % i
        if refs:
            index += ", @Index(name = \"ix_e%d_ref\", columnList = \"e%d_id, amount\")" % (i, refs[0])
        write(os.path.join(directory, "src", "main", "java", "bench", "model", f"E{i}.java"),
              "package bench.model;\n\nimport jakarta.persistence.*;\n\n"
              f"@Entity\n@Table(name = \"e{i}\", indexes = {{{index}}})\npublic class E{i} {{\n"
              + "\n".join(fields) + "\n}\n")


if __name__ == "__main__":
    kind, directory, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    {"revisions": revisions, "entities": entities}[kind](directory, n)
