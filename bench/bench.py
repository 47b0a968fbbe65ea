#!/usr/bin/env python3
"""The RuraliTIC benchmark: public pages against static files of the same server, and newsletter sign-ups.

Started by bench/run (which builds the WAR first); see bench/README.md. Options:

    --quick               100 articles, Payara Micro only, 1 repetition, no sign-up repetitions
    --servers payara,wildfly
    --counts 100,1000,10000,100000
    --no-signup           skip the sign-up harness
    --no-send             skip the newsletter send (10 000 subscribers, a kill mid-send)
    --send-only           only the newsletter send

Environment: DURATION (s, 4), REPS (3), RENDER_REPS (3), WARMUP (s, 3), WARMUP_ROUNDS (2), THREADS (2), CONNECTIONS (16), SESSION_REQUESTS (30),
SIGNUP_SECONDS (10), SIGNUP_THREADS (8), SEND_SUBSCRIBERS (10000), START_TIMEOUT (s, 900), IMPORT_MAX (10000).
"""
import argparse
import datetime
import http.client
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import zipfile

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
TARGET = os.path.join(BENCH, 'target')
RESULTS = os.path.join(BENCH, 'results')
WAR = os.path.join(ROOT, 'ruralitic-it', 'target', 'ruralitic-demo.war')
M2 = os.path.expanduser('~/.m2/repository')
WILDFLY_VERSION = '39.0.1.Final'
PAYARA_VERSION = '6.2025.10'
WILDFLY_ZIP = f'{M2}/org/wildfly/wildfly-dist/{WILDFLY_VERSION}/wildfly-dist-{WILDFLY_VERSION}.zip'
PAYARA_JAR = f'{M2}/fish/payara/extras/payara-micro/{PAYARA_VERSION}/payara-micro-{PAYARA_VERSION}.jar'
PG_JAR = f'{M2}/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar'
PG_URL = 'jdbc:postgresql://127.0.0.1:5432/test'
PSQL = ['psql', '-A', '-t', '-h', '127.0.0.1', '-U', 'postgres', '-d', 'test', '-v', 'ON_ERROR_STOP=1', '-q', '-X']
# Up to this many articles the portal imports them from the content file at deployment, as an integrator would; the
# rest of a larger count is copied in by SQL (TOP_UP).
IMPORT_MAX = int(os.environ.get('IMPORT_MAX', 10000))
SERVER_JAVA_OPTS = ['-Xms1g', '-Xmx1g']
CSS = '/jakarta.faces.resource/ruralitic.css.xhtml?ln=ruralitic'
ARTICLE = 'cantal-departement-pionnier-du-numerique-rural'  # a demo interview, in every file
THEME = 'e-democratie'  # a demo theme, on half the published articles of every file
ARTICLES_PER_PAGE = 10  # ArticlesPage.PAGE_SIZE
PAGES = [
    ('home', '/ruralitic/'),
    ('articles', '/ruralitic/articles'),
    ('articles-last', '/ruralitic/articles?page={last}'),  # the last page of the list, computed for each count
    ('article', f'/ruralitic/articles/{ARTICLE}'),
    ('theme', f'/ruralitic/articles?theme={THEME}'),
    ('programme', '/ruralitic/programme'),
    ('partners', '/ruralitic/partners'),
]
LIST_PAGES = {'home', 'articles', 'articles-last', 'theme', 'programme', 'partners'}
# The pages whose render time must stay flat from the smallest to the largest article count (issue 14).
FLAT_PAGES = ('home', 'articles', 'articles-last', 'article', 'theme')
# The demo portal's back-office account (ruralitic-it/src/demo: the demo's Payara file realm user), given to the
# bench servers the same way; its password is read from the demo's password file.
ADMIN = '/ruralitic/admin/'
DEMO_USER = 'redaction'
DEMO_GROUP = 'ruralitic-administrator'
DEMO_PASSWORD_FILE = os.path.join(ROOT, 'ruralitic-it', 'src', 'demo', 'demo.password')
# While diagnostics.sql.count is on, pages answer with their statement count in this header (0 from the page cache);
# a request carrying it is rendered anew.
SQL_HEADER = 'X-RuraliTIC-SQL'
CACHE_TTL = 'for 30 s, setting cache.ttl'
# Issue 14's targets: what visitors with a session or a principal get, and any page rendered anew.
VISITOR_TARGET = 2000
RENDER_TARGET = 500

ENV = {
    'duration': int(os.environ.get('DURATION', 4)),
    'reps': int(os.environ.get('REPS', 3)),
    'render_reps': int(os.environ.get('RENDER_REPS', 3)),
    'warmup': int(os.environ.get('WARMUP', 3)),
    'warmup_rounds': int(os.environ.get('WARMUP_ROUNDS', 3)),
    'warmup_max_rounds': int(os.environ.get('WARMUP_MAX_ROUNDS', 12)),
    'quiet_load': float(os.environ.get('QUIET_LOAD', 1.5)),
    'threads': int(os.environ.get('THREADS', 2)),
    'connections': int(os.environ.get('CONNECTIONS', 16)),
    'session_requests': int(os.environ.get('SESSION_REQUESTS', 30)),
    'signup_seconds': int(os.environ.get('SIGNUP_SECONDS', 10)),
    'signup_threads': int(os.environ.get('SIGNUP_THREADS', 8)),
    'send_subscribers': int(os.environ.get('SEND_SUBSCRIBERS', 10000)),
    'start_timeout': int(os.environ.get('START_TIMEOUT', 900)),
}


def ensure_artifacts():
    """The servers and the driver come from Maven Central, as for the integration tests: fetched when missing."""
    for path, coordinates in ((WILDFLY_ZIP, f'org.wildfly:wildfly-dist:{WILDFLY_VERSION}:zip'),
                              (PAYARA_JAR, f'fish.payara.extras:payara-micro:{PAYARA_VERSION}'),
                              (PG_JAR, 'org.postgresql:postgresql:42.7.8')):
        if not os.path.exists(path):
            log(f'fetching {coordinates}')
            subprocess.run(['mvn', '-q', '-B', 'dependency:get', '-Dtransitive=false', f'-Dartifact={coordinates}'],
                           cwd=ROOT, check=True)


def demo_password():
    with open(DEMO_PASSWORD_FILE, encoding='utf-8') as f:
        return next(line.split('=', 1)[1].strip() for line in f if line.startswith('AS_ADMIN_USERPASSWORD='))


def log(message):
    print(f'[{datetime.datetime.now():%H:%M:%S}] {message}', flush=True)


class Stop(Exception):
    pass


def on_signal(signum, frame):
    raise Stop(f'signal {signum}')


# --- servers ----------------------------------------------------------------------------------------------------

class Server:
    """One server process, started fresh (empty default H2 database) on its bench port, our own process group."""
    name = None
    port = None
    process = None

    def stop(self):
        if self.process and self.process.poll() is None:
            log(f'{self.name}: stopping (pid {self.process.pid})')
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
            except ProcessLookupError:
                pass
        self.process = None


class WildFly(Server):
    name = 'wildfly'
    port = 8380  # port offset 300: management 10290

    def __init__(self):
        self.home = os.path.join(TARGET, f'wildfly-{WILDFLY_VERSION}')
        self.deployments = os.path.join(self.home, 'standalone', 'deployments')
        self.app = os.path.join(self.deployments, 'ROOT.war')
        self.schema = 'rt_bench_wildfly'
        self.datasource = 'java:jboss/datasources/RuraliticBench'

    def prepare(self):
        if not os.path.isdir(self.home):
            log(f'wildfly: unpacking {WILDFLY_ZIP}')
            with zipfile.ZipFile(WILDFLY_ZIP) as z:
                z.extractall(TARGET)
            for script in ('standalone.sh', 'common.sh', 'jboss-cli.sh'):
                os.chmod(os.path.join(self.home, 'bin', script), 0o755)
        self.add_demo_user()
        for name in os.listdir(self.deployments):
            if name.startswith('ROOT.war'):
                path = os.path.join(self.deployments, name)
                shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)
        for folder in ('data', 'tmp', 'log'):
            shutil.rmtree(os.path.join(self.home, 'standalone', folder), ignore_errors=True)
        # The portal's PostgreSQL data source, as an integrator configures one (driver and -ds.xml deployed).
        shutil.copy(PG_JAR, os.path.join(self.deployments, 'postgresql.jar'))
        with open(os.path.join(self.deployments, 'ruralitic-bench-ds.xml'), 'w') as f:
            f.write(f'''<?xml version="1.0" encoding="UTF-8"?>
<datasources xmlns="http://www.jboss.org/ironjacamar/schema">
    <datasource jndi-name="{self.datasource}" pool-name="RuraliticBench">
        <connection-url>{PG_URL}?currentSchema={self.schema}</connection-url>
        <driver>postgresql.jar</driver>
        <pool><min-pool-size>4</min-pool-size><max-pool-size>32</max-pool-size></pool>
        <security><user-name>postgres</user-name></security>
    </datasource>
</datasources>
''')
        return self.app

    def add_demo_user(self):
        """The demo's back-office account in the application realm, by add-user.sh as an integrator (and the ITs) do."""
        config = os.path.join(self.home, 'standalone', 'configuration')
        with open(os.path.join(config, 'application-roles.properties'), encoding='utf-8') as f:
            if any(line.startswith(f'{DEMO_USER}=') for line in f):
                return
        subprocess.run(['bash', os.path.join(self.home, 'bin', 'add-user.sh'), '-a', '-s', '-u', DEMO_USER,
                        '-p', demo_password(), '-g', DEMO_GROUP, '-sc', config],
                       env=dict(os.environ, JBOSS_HOME=self.home), check=True, capture_output=True)

    def start(self, logfile):
        open(os.path.join(self.deployments, 'ROOT.war.dodeploy'), 'w').close()
        env = dict(os.environ, LAUNCH_JBOSS_IN_BACKGROUND='1', JBOSS_HOME=self.home,
                   JAVA_OPTS=' '.join(SERVER_JAVA_OPTS + ['-Djava.net.preferIPv4Stack=true']))
        self.process = subprocess.Popen(
            [os.path.join(self.home, 'bin', 'standalone.sh'), '-Djboss.socket.binding.port-offset=300',
             '-b', '127.0.0.1'], stdout=logfile, stderr=subprocess.STDOUT, env=env, start_new_session=True)

    def ready(self):
        if os.path.exists(os.path.join(self.deployments, 'ROOT.war.failed')):
            raise RuntimeError('wildfly: deployment failed (ROOT.war.failed)')
        return os.path.exists(os.path.join(self.deployments, 'ROOT.war.deployed'))


class Payara(Server):
    name = 'payara'
    port = 8290

    def __init__(self):
        self.base = os.path.join(TARGET, 'payara')
        self.jar = os.path.join(TARGET, 'payara-micro.jar')
        self.app = os.path.join(self.base, 'app', 'ROOT')
        self.schema = 'rt_bench_payara'
        self.datasource = 'jdbc/ruraliticBench'

    def prepare(self):
        if not os.path.exists(self.jar):
            shutil.copy(PAYARA_JAR, self.jar)
        shutil.rmtree(self.base, ignore_errors=True)
        os.makedirs(os.path.join(self.base, 'tmp'))
        with open(os.path.join(self.base, 'postboot.asadmin'), 'w') as f:
            f.write('create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource'
                    ' --restype javax.sql.DataSource --steadypoolsize 4 --maxpoolsize 32'
                    ' --property user=postgres:password=trust:serverName=127.0.0.1:portNumber=5432:databaseName=test'
                    f':currentSchema={self.schema} RuraliticBench\n'
                    f'create-jdbc-resource --connectionpoolid RuraliticBench {self.datasource}\n'
                    # The demo's back-office account, as the demo portal creates it (ruralitic-it/src/demo).
                    f'create-file-user --groups {DEMO_GROUP} --passwordfile {DEMO_PASSWORD_FILE}'
                    f' --authrealmname file {DEMO_USER}\n')
        return self.app

    def start(self, logfile):
        self.process = subprocess.Popen(
            ['java'] + SERVER_JAVA_OPTS + [f'-Djava.io.tmpdir={self.base}/tmp', '-jar', self.jar,
             '--deploy', self.app, '--contextroot', '/', '--port', str(self.port), '--nocluster',
             '--rootdir', os.path.join(self.base, 'root'), '--addlibs', PG_JAR,
             '--postbootcommandfile', os.path.join(self.base, 'postboot.asadmin')],
            stdout=logfile, stderr=subprocess.STDOUT, start_new_session=True)

    def ready(self):
        try:
            return fetch(self.port, '/ruralitic/partners')[0] == 200
        except OSError:
            return False


# --- HTTP -------------------------------------------------------------------------------------------------------

def fetch(port, path, gzip_ok=False, count=False, cookie=None, form=None):
    """One request, GET or, with a form, POST; returns status, headers and body."""
    connection = http.client.HTTPConnection('127.0.0.1', port, timeout=60)
    try:
        headers = {'Accept-Encoding': 'gzip'} if gzip_ok else {}
        if count:
            headers[SQL_HEADER] = 'count'  # rendered anew, its statements counted
        if cookie:
            headers['Cookie'] = cookie
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers['Content-Type'] = 'application/x-www-form-urlencoded'
        connection.request('GET' if form is None else 'POST', path, body=body, headers=headers)
        response = connection.getresponse()
        body = response.read()
        return response.status, response.getheaders(), body
    finally:
        connection.close()


def header(headers, name):
    return [v for k, v in headers if k.lower() == name.lower()]


def new_session_cookies(headers):
    return [v for v in header(headers, 'Set-Cookie') if 'JSESSIONID' in v.upper()]


UNITS = {'us': 0.001, 'ms': 1.0, 's': 1000.0, 'm': 60000.0}


def wrk(port, path, seconds, render=False, cookie=None):
    extra = ['-H', f'{SQL_HEADER}: count'] if render else []
    if cookie:
        extra += ['-H', f'Cookie: {cookie}']
    # A long timeout: a slow render (seconds at 100 000 articles on a loaded machine) is measured, not dropped.
    out = subprocess.run(['wrk', f'-t{ENV["threads"]}', f'-c{ENV["connections"]}', f'-d{seconds}s', '--latency',
                          '--timeout', '30s']
                         + extra + [f'http://127.0.0.1:{port}{path}'], capture_output=True, text=True, check=True).stdout
    result = {'rps': float(re.search(r'Requests/sec:\s*([\d.]+)', out).group(1))}
    for percentile in ('50', '99'):
        m = re.search(rf'^\s*{percentile}(?:\.000)?%\s+([\d.]+)(us|ms|s|m)\s*$', out, re.M)
        result[f'p{percentile}'] = float(m.group(1)) * UNITS[m.group(2)]
    m = re.search(r'Non-2xx or 3xx responses:\s*(\d+)', out)
    result['non2xx'] = int(m.group(1)) if m else 0
    m = re.search(r'Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)', out)
    result['socket_errors'] = sum(int(g) for g in m.groups()) if m else 0
    return result


# --- visitors with a session, signed-in visitors ----------------------------------------------------------------

class Cookies:
    """The cookies a browser keeps for the portal (one path, one host: name and value are enough)."""

    def __init__(self):
        self.values = {}

    def keep(self, headers):
        for value in header(headers, 'Set-Cookie'):
            name, _, rest = value.partition('=')
            self.values[name.strip()] = rest.split(';', 1)[0].strip()

    def header(self):
        return '; '.join(f'{name}={value}' for name, value in self.values.items())


def session_visitor(port):
    """A visitor with an HTTP session: the back-office asked for without signing in, which saves the request in a new
    session and shows the portal's login form (FORM login), as any stateful form of a portal's template would."""
    cookies = Cookies()
    status, headers, body = fetch(port, ADMIN)
    cookies.keep(headers)
    assert status == 200 and b'j_security_check' in body, f'{ADMIN} answered {status}, not the login form'
    assert 'JSESSIONID' in cookies.values, f'{ADMIN} opened no session (Set-Cookie {header(headers, "Set-Cookie")})'
    return cookies.header()


def signed_in_visitor(port):
    """A visitor with a user principal: the demo's editor signed in by the login form, its redirections followed with
    the cookies they set (the session id changes at login), then checked on the back-office's home."""
    cookies = Cookies()
    status, headers, _ = fetch(port, ADMIN)
    cookies.keep(headers)
    status, headers, body = fetch(port, ADMIN + 'j_security_check', cookie=cookies.header(),
                                  form={'j_username': DEMO_USER, 'j_password': demo_password()})
    cookies.keep(headers)
    for _ in range(5):
        if status not in (301, 302, 303, 307):
            break
        location = urllib.parse.urlsplit(header(headers, 'Location')[0])
        status, headers, body = fetch(port, location.path + (f'?{location.query}' if location.query else ''),
                                      cookie=cookies.header())
        cookies.keep(headers)
    assert status == 200, f'signing in as {DEMO_USER} ended with {status}'
    status, headers, body = fetch(port, ADMIN, cookie=cookies.header())
    assert status == 200 and f'<strong>{DEMO_USER}</strong>'.encode() in body, \
        f'{ADMIN} with the signed-in cookies answered {status} without the user\'s name: not signed in'
    assert not new_session_cookies(headers), f'{ADMIN} signed in set a new session: {new_session_cookies(headers)}'
    return cookies.header()


# --- one server, one article count ------------------------------------------------------------------------------

def content_file(count):
    path = os.path.join(TARGET, 'content', f'content-{count}.json')
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(BENCH, 'generate-content.py'), str(count), path], check=True)
    return path


def unpack_war(app, count, datasource):
    shutil.rmtree(app, ignore_errors=True)
    with zipfile.ZipFile(WAR) as z:
        z.extractall(app)
    meta = os.path.join(app, 'WEB-INF', 'classes', 'META-INF')
    shutil.copy(content_file(min(count, IMPORT_MAX)), os.path.join(meta, 'ruralitic-content.json'))
    # A portal's own template that shows the signed-in visitor's name, as a real portal's does: visitors with a
    # session or a principal then get it rendered for them alone (the library's own template would give them the
    # anonymous page, since it shows nothing per visitor).
    templates = os.path.join(app, 'WEB-INF', 'templates')
    os.makedirs(templates, exist_ok=True)
    shutil.copy(os.path.join(BENCH, 'portal-template.xhtml'), os.path.join(templates, 'portal.xhtml'))
    with open(os.path.join(meta, 'ruralitic.properties'), 'a', encoding='utf-8') as f:
        f.write(f'\ndatasource={datasource}\ndiagnostics.sql.count=true\n'
                'faces.template=/WEB-INF/templates/portal.xhtml\n')


def psql(schema, sql):
    out = subprocess.run(PSQL, input=f'SET search_path TO {schema};\n{sql}', capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f'psql failed: {out.stderr}')
    return out.stdout


def fresh_schema(schema):
    subprocess.run(PSQL + ['-c', f'DROP SCHEMA IF EXISTS {schema} CASCADE', '-c', f'CREATE SCHEMA {schema}'],
                   check=True, capture_output=True)


# Copies of the published articles, older than every imported one, with their blocks and themes; identifiers above
# those the JPA table generator has handed out, and the generator moved past them.
TOP_UP = '''
BEGIN;
CREATE TEMP TABLE bench_map AS
WITH src AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn, count(*) OVER () AS n
             FROM rt_article WHERE status = 'PUBLISHED'),
     base AS (SELECT greatest(max(a.id), max(s.seq_value)) + 1000 AS m FROM rt_article a, rt_id_sequence s)
SELECT g, (SELECT m FROM base) + g AS new_id, src.id AS src_id
FROM generate_series(1, {extra}) g JOIN src ON src.rn = (g - 1) % src.n;
INSERT INTO rt_article (id, version, slug, title, lead_text, published_at, updated_at, status, author_name,
    interviewee_name, interviewee_role, language, edition_id, image_url, image_alt)
SELECT m.new_id, 0, 'sql' || lpad(m.g::text, 6, '0') || '-' || left(a.slug, 60), left(a.title, 180) || ' [' || m.g || ']',
    a.lead_text, TIMESTAMP '2019-08-20 08:00' - ({offset} + m.g) * INTERVAL '6 hours', a.updated_at, 'PUBLISHED',
    a.author_name, a.interviewee_name, a.interviewee_role, a.language, a.edition_id, a.image_url, a.image_alt
FROM bench_map m JOIN rt_article a ON a.id = m.src_id;
INSERT INTO rt_article_block (article_id, block_order, kind, body_text, answer_text, attribution, image_url, image_alt)
SELECT m.new_id, b.block_order, b.kind, b.body_text, b.answer_text, b.attribution, b.image_url, b.image_alt
FROM bench_map m JOIN rt_article_block b ON b.article_id = m.src_id;
INSERT INTO rt_article_theme (article_id, theme_id)
SELECT m.new_id, t.theme_id FROM bench_map m JOIN rt_article_theme t ON t.article_id = m.src_id;
UPDATE rt_id_sequence SET seq_value = (SELECT max(new_id) FROM bench_map) + 1000 WHERE seq_name = 'ids';
COMMIT;
ANALYZE;
SELECT count(*) FROM rt_article;
'''


def measure_server(server, count, run_dir):
    app = server.prepare()
    fresh_schema(server.schema)
    unpack_war(app, count, server.datasource)
    logpath = os.path.join(run_dir, f'{server.name}-{count}.log')
    with open(logpath, 'w') as logfile:
        started = time.monotonic()
        log(f'{server.name}: starting with {count} articles (log {logpath})')
        server.start(logfile)
        while not server.ready():
            if server.process.poll() is not None:
                raise RuntimeError(f'{server.name} exited with {server.process.returncode}: see {logpath}')
            if time.monotonic() - started > ENV['start_timeout']:
                raise RuntimeError(f'{server.name}: not ready after {ENV["start_timeout"]} s: see {logpath}')
            time.sleep(1)
        ready = time.monotonic() - started
        log(f'{server.name}: ready in {ready:.1f} s')
        try:
            if count > IMPORT_MAX:
                clock = time.monotonic()
                total = psql(server.schema, TOP_UP.format(extra=count - IMPORT_MAX, offset=IMPORT_MAX)).split()[-1]
                log(f'{server.name}: {count - IMPORT_MAX} articles copied by SQL in {time.monotonic() - clock:.1f} s,'
                    f' {total} in all')
            total = int(psql(server.schema, 'SELECT count(*) FROM rt_article;').split()[-1])
            assert total == count, f'{total} articles in the database, {count} expected'
            listed = int(psql(server.schema, "SELECT count(*) FROM rt_article WHERE status IN ('PUBLISHED',"
                              " 'SCHEDULED') AND published_at <= now() AND deleted_at IS NULL;").split()[-1])
            return measure_pages(server, count, app, ready, max(1, -(-listed // ARTICLES_PER_PAGE)))
        finally:
            server.stop()


def warm_up(port, static_dir, last_page, visitors):
    """Every page in every way it is measured, and a static file, before any figure, so that the pages measured first
    after a start do not pay for the just-in-time compilation of the server: at least WARMUP_ROUNDS rounds, then more
    (up to WARMUP_MAX_ROUNDS) until the figures stop rising. A round ends by measuring every page rendered anew and
    with a session, 2 s each; the server is steady once both sums grew less than 3 % in each of the last two rounds.
    On 2026-12-04, after two rounds, Payara Micro rendered the home page 274 times a second and served it 1 021 times
    to a visitor with a session; four minutes of load later, 543 and 3 069."""
    clock = time.monotonic()
    with open(os.path.join(static_dir, 'warm-up.html'), 'wb') as f:
        f.write(fetch(port, PAGES[0][1])[2])
    sums = []

    def grew(a, b):
        return any(b[i] >= a[i] * 1.03 for i in range(len(a)))

    for round_number in range(1, ENV['warmup_max_rounds'] + 1):
        for _, path in PAGES:
            path = path.format(last=last_page)
            wrk(port, path, 1)
            wrk(port, '/bench-static/warm-up.html', 1)
            wrk(port, path, 1, cookie=visitors['principal'])
        rendered = session = 0.0
        for _, path in PAGES:
            path = path.format(last=last_page)
            rendered += wrk(port, path, 2, render=True)['rps']
            session += wrk(port, path, 2, cookie=visitors['session'])['rps']
        sums.append((rendered, session))
        log(f'warm-up round {round_number}: summed over the pages, {rendered:.0f} renders/s and {session:.0f} req/s'
            f' with a session')
        if round_number >= ENV['warmup_rounds'] and len(sums) >= 3 \
                and not grew(sums[-3], sums[-2]) and not grew(sums[-2], sums[-1]):
            break
    log(f'warmed up: {len(sums)} rounds over every page in {time.monotonic() - clock:.0f} s')


def await_quiet_machine():
    """Waits (5 minutes at most), before the first server starts, until the load average of the last minute is below
    QUIET_LOAD: figures taken while a build or another server still runs say little (the run of 2026-12-03 started at
    a load of 7.8)."""
    clock = time.monotonic()
    while os.getloadavg()[0] >= ENV['quiet_load'] and time.monotonic() - clock < 300:
        time.sleep(5)
    log(f'load average {os.getloadavg()[0]:.2f} after waiting {time.monotonic() - clock:.0f} s for a quiet machine')


def measure_pages(server, count, app, ready, last_page):
    port = server.port
    rows = []
    css = fetch(port, CSS)
    css_gz = fetch(port, CSS, gzip_ok=True)
    assert css[0] == 200, f'CSS answered {css[0]}'
    static_dir = os.path.join(app, 'bench-static')
    os.makedirs(static_dir, exist_ok=True)
    # One visitor with a session and one signed in for the whole server start (sessions last 30 min).
    visitors = {'session': session_visitor(port), 'principal': signed_in_visitor(port)}
    log(f'{server.name}: a session opened by {ADMIN}, {DEMO_USER} signed in; the article list has {last_page} pages')
    warm_up(port, static_dir, last_page, visitors)
    for name, path in PAGES:
        path = path.format(last=last_page)
        # The first render loads the shared featured edition and themes; they are read again every 30 s, which may
        # fall on any later render: the page's own statements are the fewest of three renders.
        fetch(port, path, count=True)
        renders = [fetch(port, path, count=True) for _ in range(3)]
        status, headers, body = renders[-1]
        assert status == 200, f'{path} answered {status}'
        if name == 'articles':
            assert re.search(rb'page=%d(?!\d)' % last_page, body), f'{path} links no page {last_page}'
        counts = [int(header(h, SQL_HEADER)[0]) for _, h, _ in renders if header(h, SQL_HEADER)]
        sql = [str(min(counts))] if counts else []
        cached = header(fetch(port, path)[1], SQL_HEADER)
        assert cached == ['0'], f'{path} was not served from the page cache (SQL header {cached})'
        _, gz_headers, gz_body = fetch(port, path, gzip_ok=True)
        gzipped = 'gzip' in ','.join(header(gz_headers, 'Content-Encoding'))
        scripts = len(re.findall(rb'<script(?![^>]*application/ld\+json)', body))
        js = [fetch(port, src.decode().replace('&amp;', '&'))
              for src in re.findall(rb'<script[^>]* src="([^"]+)"', body)]
        static_path = f'/bench-static/{name}.html'
        with open(os.path.join(static_dir, f'{name}.html'), 'wb') as f:
            f.write(body)
        s_status, _, s_body = fetch(port, static_path)
        assert s_status == 200 and s_body == body, f'{static_path} is not served as the same bytes ({s_status})'
        sessions = 0
        for i in range(ENV['session_requests']):
            _, h, _ = fetch(port, path, count=i % 2 == 0)  # rendered and from the page cache, in turn
            sessions += len(new_session_cookies(h))
        row = {
            'server': server.name, 'articles': count, 'page': name, 'path': path, 'ready_s': round(ready, 1),
            'sql': int(sql[0]) if sql else None, 'sessions': sessions, 'session_requests': ENV['session_requests'],
            'html_bytes': len(body), 'html_gzip_bytes': len(gz_body) if gzipped else len(body),
            'css_bytes': len(css[2]),
            'css_gzip_bytes': len(css_gz[2]),
            'css_gzipped': 'gzip' in ','.join(header(css_gz[1], 'Content-Encoding')),
            'scripts': scripts,
        }
        row['js_bytes'] = sum(len(script[2]) for script in js)
        row['weight_bytes'] = row['html_bytes'] + row['css_bytes'] + row['js_bytes']
        row['weight_gzip_bytes'] = row['html_gzip_bytes'] + row['css_gzip_bytes'] + row['js_bytes']
        # The cookies must be those of a live session: the page answers without opening another one. Its statement
        # header tells whether the visit was rendered (more than 0) or came from a cache.
        for kind, cookie in visitors.items():
            v_status, v_headers, _ = fetch(port, path, cookie=cookie)
            assert v_status == 200, f'{path} answered {v_status} to the visitor with a {kind}'
            assert not new_session_cookies(v_headers), \
                f'{path} opened a new session for the visitor with a {kind}: {new_session_cookies(v_headers)}'
            row[f'{kind}_sql'] = int(header(v_headers, SQL_HEADER)[0]) if header(v_headers, SQL_HEADER) else None
        log(f'{server.name} {count} {name}: SQL {row["sql"]}, sessions {sessions}/{ENV["session_requests"]},'
            f' HTML {row["html_bytes"]} B ({row["html_gzip_bytes"]} B gzip), scripts {scripts};'
            f' statements of a visit with a session {row["session_sql"]}, signed in {row["principal_sql"]}')
        # Anonymous page, static file, session and principal side by side: warm each, then alternate, REPS times.
        wrk(port, path, ENV['warmup'])
        wrk(port, static_path, 1)
        wrk(port, path, ENV['warmup'], cookie=visitors['session'])
        wrk(port, path, 1, cookie=visitors['principal'])
        runs = {'page': [], 'static': [], 'session': [], 'principal': []}
        for _ in range(ENV['reps']):
            runs['page'].append(wrk(port, path, ENV['duration']))
            runs['static'].append(wrk(port, static_path, ENV['duration']))
            runs['session'].append(wrk(port, path, ENV['duration'], cookie=visitors['session']))
            runs['principal'].append(wrk(port, path, ENV['duration'], cookie=visitors['principal']))
        for prefix, items in runs.items():
            for key in ('rps', 'p50', 'p99'):
                row[f'{prefix}_{key}'] = statistics.median(r[key] for r in items)
            row[f'{prefix}_rps_runs'] = [round(r['rps']) for r in items]
            row[f'{prefix}_errors'] = sum(r['non2xx'] + r['socket_errors'] for r in items)
        for prefix, ratio in (('page', 'ratio'), ('session', 'session_ratio'), ('principal', 'principal_ratio')):
            row[f'{ratio}s'] = [p['rps'] / s['rps'] for p, s in zip(runs[prefix], runs['static'])]
            row[ratio] = statistics.median(row[f'{ratio}s'])
        # Without the page cache: every request rendered (and its statements counted), what a first visit costs.
        wrk(port, path, 1, render=True)
        render_runs = [wrk(port, path, ENV['duration'], render=True) for _ in range(ENV['render_reps'])]
        for key in ('rps', 'p50', 'p99'):
            row[f'render_{key}'] = statistics.median(r[key] for r in render_runs)
        row['render_errors'] = sum(r['non2xx'] + r['socket_errors'] for r in render_runs)
        log(f'{server.name} {count} {name}: {row["page_rps"]:.0f} req/s (p50 {row["page_p50"]:.2f} ms,'
            f' p99 {row["page_p99"]:.2f} ms) vs static {row["static_rps"]:.0f} req/s: ratio {row["ratio"]:.2f};'
            f' with a session {row["session_rps"]:.0f} req/s (p50 {row["session_p50"]:.2f} ms, ratio'
            f' {row["session_ratio"]:.2f}); signed in {row["principal_rps"]:.0f} req/s (p50'
            f' {row["principal_p50"]:.2f} ms, ratio {row["principal_ratio"]:.2f}); rendered every time'
            f' {row["render_rps"]:.0f} req/s (p50 {row["render_p50"]:.2f} ms)')
        rows.append(row)
    return rows


# --- sign-ups ---------------------------------------------------------------------------------------------------

def core_harness(run_dir, name, main_and_args):
    """Runs a main class of ruralitic-core's test sources (EclipseLink woven, as on Payara); returns its output."""
    args = (f'-javaagent:${{org.eclipse.persistence:org.eclipse.persistence.jpa:jar}} -Xmx1g -cp %classpath'
            f' {main_and_args}')
    out = subprocess.run(['mvn', '-B', '-o', '-q', '-pl', 'ruralitic-core', 'dependency:properties', 'exec:exec',
                          '-Dexec.classpathScope=test', '-Dexec.executable=java', f'-Dexec.args={args}'],
                         cwd=ROOT, capture_output=True, text=True)
    with open(os.path.join(run_dir, f'{name}.log'), 'w') as f:
        f.write(out.stdout + out.stderr)
    if out.returncode != 0:
        raise RuntimeError(f'{name} harness failed: see {run_dir}/{name}.log')
    return out.stdout


def measure_signups(run_dir, reps):
    log(f'sign-ups: {ENV["signup_threads"]} threads, {reps} x {ENV["signup_seconds"]} s per provider, PostgreSQL')
    out = core_harness(run_dir, 'signup', f'org.ruralitic.newsletter.SignUpBenchmark {ENV["signup_seconds"]}'
                       f' {ENV["signup_threads"]} {reps} 5 ECLIPSELINK,HIBERNATE')
    runs = {}
    for line in out.splitlines():
        if line.startswith('SIGNUP '):
            fields = dict(item.split('=', 1) for item in line.split()[1:])
            runs.setdefault(fields['provider'], []).append(fields)
    rows = []
    for provider, items in runs.items():
        row = {'provider': provider, 'threads': int(items[0]['threads']),
               'rate': statistics.median(float(i['rate']) for i in items),
               'rates': [round(float(i['rate'])) for i in items],
               'signups': sum(int(i['signups']) for i in items),
               'outbox': sum(int(i['outbox']) for i in items),
               'subscriptions': sum(int(i['subscriptions']) for i in items),
               'errors': sum(int(i['errors']) for i in items)}
        log(f'sign-ups {provider}: {row["rate"]:.0f}/s (runs {row["rates"]}), {row["outbox"]} outbox rows for'
            f' {row["signups"]} sign-ups')
        rows.append(row)
    return rows


# --- newsletter send -------------------------------------------------------------------------------------------

def measure_send(run_dir):
    count = ENV['send_subscribers']
    log(f'newsletter send: {count} confirmed subscribers, PostgreSQL, GreenMail, a sending process killed mid-send')
    out = core_harness(run_dir, 'send', f'org.ruralitic.newsletter.SendBenchmark {count} 0.4')
    result = {}
    for line in out.splitlines():
        if line.startswith('SEND '):
            fields = dict(item.split('=', 1) for item in line.split()[1:])
            result[fields['run']] = fields
    whole, killed = result['whole'], result['killed']
    log(f'newsletter send: {float(whole["rate"]):.0f} mails/s ({whole["delivered"]} in {whole["seconds"]} s);'
        f' killed after {killed["killedAfter"]}: {killed["distinct"]} delivered once, {killed["twice"]} twice,'
        f' {killed["missing"]} missing')
    return {'subscribers': int(whole['subscribers']), 'rate': float(whole['rate']),
            'seconds': float(whole['seconds']), 'delivered': int(whole['delivered']),
            'killed_after': int(killed['killedAfter']), 'killed_delivered': int(killed['delivered']),
            'distinct': int(killed['distinct']), 'twice': int(killed['twice']), 'missing': int(killed['missing'])}


# --- report -----------------------------------------------------------------------------------------------------

def machine():
    mem = 0
    with open('/proc/meminfo') as f:
        for line in f:
            if line.startswith('MemTotal:'):
                mem = int(line.split()[1]) // 1024 // 1024
    java = subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()
    runtime = next((l for l in java if 'Runtime' in l), java[0] if java else '?')
    cpu = '?'
    with open('/proc/cpuinfo') as f:
        for line in f:
            if line.startswith('model name'):
                cpu = line.split(':', 1)[1].strip()
                break
    load = os.getloadavg()
    return (f'{os.cpu_count()} cores ({cpu}), {mem} GiB, {runtime.strip()}, {platform.system()} {platform.release()},'
            f' load average at start {load[0]:.1f}')


def mark(ok):
    return '✓' if ok else '✗'


def latency(r, kind, percentile):
    """A latency in ms, or a dash for a run in which no request ended (wrk then reports 0)."""
    return f'{r[f"{kind}_{percentile}"]:.1f}' if r[f'{kind}_rps'] > 0 else '—'


def page_tables(pages):
    """The three tables of the public pages: what each kind of visitor gets, renders, flatness with the count."""
    kb = lambda b: f'{b / 1024:.1f}'

    def figure(r, kind, target=None):
        rps = r[kind + '_rps']
        return (f'{rps:.0f}' + ('' if target is None else f' {mark(rps >= target)}')
                + f' | {latency(r, kind, "p50")} | {latency(r, kind, "p99")}')
    counts = sorted({r['articles'] for r in pages})
    lines = ['## Public pages: what visitors get', '',
             '| Server | Articles | Page | Anonymous req/s | p50 ms | p99 ms | ÷ static | With a session req/s | p50 ms |'
             ' p99 ms | ÷ static | Signed in req/s | p50 ms | p99 ms | ÷ static | Static req/s |',
             '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|']
    for r in pages:
        lines.append(
            f'| {r["server"]} | {r["articles"]} | {r["page"]} | {figure(r, "page")} | {r["ratio"]:.2f}'
            f' {mark(r["ratio"] >= 0.5)} | {figure(r, "session", VISITOR_TARGET)} |'
            f' {r["session_ratio"]:.2f} | {figure(r, "principal", VISITOR_TARGET)} |'
            f' {r["principal_ratio"]:.2f} | {r["static_rps"]:.0f} |')
    lines += ['', f'Targets: anonymous page/static ≥ 0.5; a visitor with a session and a signed-in visitor ≥'
              f' {VISITOR_TARGET} req/s on every page. Anonymous visitors get the page cache (pages kept {CACHE_TTL});'
              f' "with a session" sends the cookie of a session opened by {ADMIN} (the login form), "signed in" that of'
              f' the demo editor `{DEMO_USER}` signed in by the form. The four runs alternate, {ENV["reps"]} times;'
              ' "÷ static" is the median of the ratios to the static file of the same repetition.', '',
              '## Public pages: rendered anew, statements, weight', '',
              '| Server | Articles | Page | Renders/s | p50 ms | p99 ms | SQL | Sessions | HTML+CSS+JS KB (gzip) |'
              ' Scripts |',
              '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|']
    sql_by_page = {}
    for r in pages:
        sql_by_page.setdefault((r['server'], r['page']), set()).add(r['sql'])
    for r in pages:
        sql_ok = r['sql'] is not None and len(sql_by_page[(r['server'], r['page'])]) == 1 and \
            (r['page'] not in LIST_PAGES or r['sql'] <= 3)
        weight_ok = r['weight_bytes'] <= 30 * 1024
        lines.append(
            f'| {r["server"]} | {r["articles"]} | {r["page"]} | {r["render_rps"]:.0f}'
            f' {mark(r["render_rps"] >= RENDER_TARGET)} | {latency(r, "render", "p50")} |'
            f' {latency(r, "render", "p99")} |'
            f' {r["sql"]} {mark(sql_ok)} | {r["sessions"]}/{r["session_requests"]} {mark(r["sessions"] == 0)} |'
            f' {kb(r["weight_bytes"])} ({kb(r["weight_gzip_bytes"])}) {mark(weight_ok)} |'
            f' {r["scripts"]} {mark(r["scripts"] == 0)} |')
    lines += ['', f'Targets: every page rendered anew at ≥ {RENDER_TARGET} renders/s; SQL statements the same at every'
              f' article count ({", ".join(map(str, counts))}) and ≤ 3 on list pages (all but the article); 0 sessions;'
              ' HTML + CSS + JavaScript ≤ 30 KB (uncompressed); no JavaScript (JSON-LD blocks are not scripts that'
              f' run). "Renders/s" is every request rendered anew (header {SQL_HEADER}, {ENV["render_reps"]} run), what'
              ' a first visit or a change costs. SQL is the fewest statements of three renders after a first one'
              ' (featured edition and themes are shared for 30 s, and read again on whichever render comes after).'
              ' Sessions: new session cookies on anonymous requests, half rendered, half from the page cache. The last'
              ' page of the list is `articles?page=<last>` (10 a page), the theme filter `articles?theme='
              f'{THEME}`. "Ready" times (server start, deployment and import): '
              + ', '.join(sorted({f'{r["server"]} {r["articles"]}: {r["ready_s"]:.0f} s' for r in pages},
                                 key=lambda s: (s.split()[0], int(s.split()[1][:-1])))) + '.', '']
    if len(counts) > 1:
        low, high = counts[0], counts[-1]
        lines += [f'## Public pages: flatness from {low} to {high} articles', '',
                  f'| Server | Page | Render p50 ms at {low} | at {high} | {high} ÷ {low} | SQL at {low} | at {high} |',
                  '|---|---|---:|---:|---:|---:|---:|']
        by_key = {(r['server'], r['page'], r['articles']): r for r in pages}
        for server in dict.fromkeys(r['server'] for r in pages):
            for page, _ in PAGES:
                a, b = by_key.get((server, page, low)), by_key.get((server, page, high))
                if not (a and b):
                    continue
                measured = a['render_rps'] > 0 and b['render_rps'] > 0
                growth = f'{b["render_p50"] / a["render_p50"]:.2f}' if measured else '—'
                target = page in FLAT_PAGES
                lines.append(f'| {server} | {page} | {latency(a, "render", "p50")} | {latency(b, "render", "p50")} |'
                             f' {growth}' + (f' {mark(measured and float(growth) < 1.5)}' if target else '')
                             + f' | {a["sql"]} | {b["sql"]}'
                             + (f' {mark(a["sql"] == b["sql"])}' if target else '') + ' |')
        lines += ['', f'Target: from {low} to {high} articles the render time (p50 of the renders above) of'
                  f' {", ".join(FLAT_PAGES)} grows less than 1.5×, with the same statement count.', '']
    return lines


def report(pages, signups, started, seconds, options, host, send=None):
    date = started.strftime('%Y-%m-%d %H:%M')
    lines = [f'# RuraliTIC benchmark — {date}', '',
             f'Machine: {host}.  ',
             f'WildFly {WILDFLY_VERSION} and Payara Micro {PAYARA_VERSION} (heap {" ".join(SERVER_JAVA_OPTS)}),'
             f' on PostgreSQL 15 (the portal data source, a schema per server); wrk -t{ENV["threads"]} -c{ENV["connections"]} -d{ENV["duration"]}s,'
             f' median of {ENV["reps"]} runs, anonymous page, static file, page with a session and page signed in'
             ' alternated in the same run.'
             f' Run took {seconds / 60:.1f} min ({options}).', '']
    if pages:
        lines += page_tables(pages)
    if signups:
        lines += ['## Newsletter sign-ups (PostgreSQL, in-process, outbox)', '',
                  '| JPA provider | Threads | Sign-ups/s | Runs | Outbox rows / new subscriptions | Errors | Target 1 000/s |',
                  '|---|---:|---:|---|---:|---:|---:|']
        for s in signups:
            lines.append(f'| {s["provider"]} | {s["threads"]} | {s["rate"]:.0f} | {", ".join(map(str, s["rates"]))} |'
                         f' {s["outbox"]} / {s["subscriptions"]} | {s["errors"]} | {mark(s["rate"] >= 1000)} |')
        lines.append('')
    if send:
        lines += ['## Newsletter send (PostgreSQL, GreenMail over TCP, EclipseLink, throttling off)', '',
                  '| Subscribers | Mails/s | Seconds | Delivered | Killed after | Then delivered once | Twice | Missing |',
                  '|---:|---:|---:|---:|---:|---:|---:|---:|',
                  f'| {send["subscribers"]} | {send["rate"]:.0f} | {send["seconds"]:.1f} | {send["delivered"]} |'
                  f' {send["killed_after"]} | {send["distinct"]} | {send["twice"]} | {send["missing"]} |', '']
    return '\n'.join(lines)


def csv_rows(pages, signups, date):
    header = ['date', 'kind', 'server', 'articles', 'page', 'path', 'page_rps', 'page_p50_ms', 'page_p99_ms',
              'static_rps', 'static_p50_ms', 'static_p99_ms', 'ratio', 'session_rps', 'session_p50_ms',
              'session_p99_ms', 'session_ratio', 'principal_rps', 'principal_p50_ms', 'principal_p99_ms',
              'principal_ratio', 'render_rps', 'render_p50_ms', 'render_p99_ms', 'sql', 'session_visit_sql',
              'principal_visit_sql', 'sessions', 'session_requests', 'html_bytes', 'html_gzip_bytes', 'css_bytes',
              'css_gzip_bytes', 'js_bytes', 'scripts', 'ready_s', 'signups_per_s', 'threads', 'signups',
              'outbox_rows', 'errors']
    out = [','.join(header)]
    for r in pages:
        values = {'date': date, 'kind': 'page', 'session_visit_sql': r['session_sql'],
                  'principal_visit_sql': r['principal_sql'],
                  'errors': sum(r[f'{kind}_errors'] for kind in ('page', 'static', 'session', 'principal', 'render'))}
        for key in ('server', 'articles', 'page', 'path', 'sql', 'sessions', 'session_requests', 'html_bytes',
                    'html_gzip_bytes', 'css_bytes', 'css_gzip_bytes', 'js_bytes', 'scripts', 'ready_s'):
            values[key] = r[key]
        for kind in ('page', 'static', 'session', 'principal', 'render'):
            values[f'{kind}_rps'] = f'{r[kind + "_rps"]:.1f}'
            for p in ('p50', 'p99'):
                values[f'{kind}_{p}_ms'] = f'{r[kind + "_" + p]:.3f}'
        for ratio in ('ratio', 'session_ratio', 'principal_ratio'):
            values[ratio] = f'{r[ratio]:.3f}'
        out.append(','.join('' if values.get(k) is None else str(values[k]) for k in header))
    for s in signups:
        values = {'date': date, 'kind': 'signup', 'server': s['provider'], 'page': 'newsletter',
                  'signups_per_s': f'{s["rate"]:.1f}', 'threads': s['threads'], 'signups': s['signups'],
                  'outbox_rows': s['outbox'], 'errors': s['errors']}
        out.append(','.join(str(values.get(k, '')) for k in header))
    return '\n'.join(out) + '\n'


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--quick', action='store_true')
    parser.add_argument('--servers', default=None)
    parser.add_argument('--counts', default=None)
    parser.add_argument('--no-signup', action='store_true')
    parser.add_argument('--no-send', action='store_true')
    parser.add_argument('--send-only', action='store_true')
    options = parser.parse_args()
    if options.quick:
        ENV['reps'] = int(os.environ.get('REPS', 1))
    servers = (options.servers or ('payara' if options.quick else 'payara,wildfly')).split(',')
    counts = [int(c) for c in (options.counts or ('100' if options.quick else '100,1000,10000,100000')).split(',')]
    described = ('newsletter send only' if options.send_only else f'servers {",".join(servers)}, articles'
                 f' {",".join(map(str, counts))}' + (', quick' if options.quick else ''))
    for port in (8290, 8380, 10290):
        with socket.socket() as s:
            if s.connect_ex(('127.0.0.1', port)) == 0:
                sys.exit(f'Port {port} is in use: the bench servers need 8290 (Payara Micro), 8380 and 10290 (WildFly)')
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    started = datetime.datetime.now()
    clock = time.monotonic()
    await_quiet_machine()  # first, so that the load the results record is the one the run started at
    host = machine()
    run_dir = os.path.join(TARGET, 'runs', started.strftime('%Y%m%d-%H%M%S'))
    os.makedirs(run_dir)
    log(f'RuraliTIC bench: {described}; {host}; logs in {run_dir}')
    ensure_artifacts()
    pages, signups, send = [], [], None
    instances = {'payara': Payara(), 'wildfly': WildFly()}
    if options.send_only:
        servers, options.no_signup = [], True
    try:
        for name in servers:
            for count in counts:
                pages += measure_server(instances[name], count, run_dir)
                with open(os.path.join(run_dir, 'pages.json'), 'w') as f:
                    json.dump(pages, f, indent=1)
        if not options.no_signup:
            signups = measure_signups(run_dir, 1 if options.quick else ENV['reps'])
        if not options.no_send and not options.quick:
            send = measure_send(run_dir)
    finally:
        for server in instances.values():
            server.stop()
    seconds = time.monotonic() - clock
    markdown = report(pages, signups, started, seconds, described, host, send)
    os.makedirs(RESULTS, exist_ok=True)
    stamp = started.strftime('%Y-%m-%d-%H%M')
    csv = csv_rows(pages, signups, started.strftime('%Y-%m-%dT%H:%M'))
    # A run of the send alone leaves the full run's latest results as they are.
    outputs = (((f'{stamp}-send.md', markdown),) if options.send_only else
               ((f'{stamp}.md', markdown), ('latest.md', markdown), (f'{stamp}.csv', csv), ('latest.csv', csv)))
    for name, text in outputs:
        with open(os.path.join(RESULTS, name), 'w', encoding='utf-8') as f:
            f.write(text)
    print()
    print(markdown)
    log('results: ' + ', '.join(f'bench/results/{name}' for name, _ in outputs))


if __name__ == '__main__':
    try:
        main()
    except Stop as e:
        sys.exit(f'bench stopped: {e}')
