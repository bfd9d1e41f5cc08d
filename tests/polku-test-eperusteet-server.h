/* polku-test-eperusteet-server.h: a loopback stand-in for the ePerusteet API.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Runs in its own thread with its own main context, so that synchronous client
 * calls on the test's thread get their answers.
 *
 * The first path segment chooses the behaviour; the rest is the API:
 *   /ok/…            the API over the shared peruste files, plus a non-vocational
 *                    peruste and unit hits, as the real service answers
 *   /error500/…      500 Internal Server Error
 *   /garbage/…       200 with text that is not JSON
 *   /html/…          200 with a web page
 *   /cut/…           200 with a JSON document cut short (complete HTTP)
 *   /broken/…        Content-Length promises more than is sent, then the connection closes
 *   /stall/…         reads the request and never answers
 *   /stall-body/…    sends the headers and part of the body, then nothing
 *   /slow/…          the API, with documents trickling in over a few seconds
 */
typedef struct _PolkuTestServer PolkuTestServer;

PolkuTestServer *polku_test_server_new            (void);
void             polku_test_server_free           (PolkuTestServer *server);
/* http://127.0.0.1:PORT/MODE */
char            *polku_test_server_dup_url        (PolkuTestServer *server,
                                                   const char      *mode);
/* The paths with queries of the requests so far, oldest first. */
GStrv            polku_test_server_dup_requests   (PolkuTestServer *server);
void             polku_test_server_clear_requests (PolkuTestServer *server);

/* The shared file for a peruste id, e.g. 7614470 → ajoneuvoalan-perustutkinto_OPH-5410-2021.json */
char            *polku_test_server_dup_file_path  (PolkuTestServer *server,
                                                   gint64           peruste_id);

/* An address where nothing listens (connection refused). */
char            *polku_test_closed_url            (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuTestServer, polku_test_server_free)

G_END_DECLS
