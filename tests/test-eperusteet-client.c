/* test-eperusteet-client.c: search and download against a loopback ePerusteet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "polku-eperusteet-client.h"
#include "polku-eperusteet.h"
#include "polku-exchange.h"
#include "polku-test-eperusteet-server.h"
#include "polku-test-utils.h"

#define AJONEUVO_ID   G_GINT64_CONSTANT (7614470)
#define TELMA_ID      G_GINT64_CONSTANT (2910079)
#define YTO_ID        G_GINT64_CONSTANT (8505691)

static PolkuTestServer *server;

static PolkuEperusteetClient *
client_for (const char *mode)
{
  g_autofree char *url = polku_test_server_dup_url (server, mode);

  return polku_eperusteet_client_new (url);
}

static GListModel *
search_ok (const char *query)
{
  g_autoptr(PolkuEperusteetClient) client = client_for ("ok");
  g_autoptr(GError) error = NULL;
  GListModel *hits;

  hits = polku_eperusteet_client_search (client, query, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (hits);
  g_assert_true (g_list_model_get_item_type (hits) == POLKU_TYPE_PERUSTE_HIT);
  return hits;
}

static PolkuPerusteHit *
find_hit (GListModel *hits,
          gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      g_autoptr(PolkuPerusteHit) hit = g_list_model_get_item (hits, i);

      if (polku_peruste_hit_get_id (hit) == id)
        return hit;
    }

  return NULL;
}

static gboolean
requests_contain (const char *needle)
{
  g_auto(GStrv) requests = polku_test_server_dup_requests (server);

  for (guint i = 0; requests[i] != NULL; i++)
    if (strstr (requests[i], needle) != NULL)
      return TRUE;

  return FALSE;
}

static void
assert_only_supported (GListModel *hits)
{
  for (guint i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      g_autoptr(PolkuPerusteHit) hit = g_list_model_get_item (hits, i);

      g_assert_true (polku_eperusteet_koulutustyyppi_is_supported (polku_peruste_hit_get_koulutustyyppi (hit)));
    }
}

static void
test_search_by_name (void)
{
  g_autoptr(GListModel) hits = NULL;
  PolkuPerusteHit *hit;

  polku_test_server_clear_requests (server);
  hits = search_ok ("perus");

  /* Five perustutkinnot and the common units ("Ammatillinen perustutkinto 2022") match;
   * the upper secondary peruste (koulutustyyppi_2), which the server also sends, does
   * not belong in Polku. */
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 6);
  g_assert_nonnull (find_hit (hits, YTO_ID));
  assert_only_supported (hits);
  g_assert_null (find_hit (hits, 6828810));

  hit = find_hit (hits, AJONEUVO_ID);
  g_assert_nonnull (hit);
  g_assert_cmpstr (polku_peruste_hit_get_diaarinumero (hit), ==, "OPH-5410-2021");
  g_assert_cmpstr (polku_peruste_hit_get_name_fi (hit), ==, "Ajoneuvoalan perustutkinto");
  g_assert_cmpstr (polku_peruste_hit_get_name_sv (hit), ==, "Grundexamen inom fordonsbranschen");
  g_assert_cmpstr (polku_peruste_hit_get_name (hit), ==, "Ajoneuvoalan perustutkinto");
  g_assert_cmpstr (polku_peruste_hit_get_koulutustyyppi (hit), ==, "koulutustyyppi_1");
  g_assert_cmpstr (polku_peruste_hit_get_valid_from (hit), ==, "2022-08-01");
  g_assert_null (polku_peruste_hit_get_valid_until (hit));

  /* Epoch milliseconds are midnight in Helsinki. */
  hit = find_hit (hits, 1718932);
  g_assert_nonnull (hit);
  g_assert_cmpstr (polku_peruste_hit_get_valid_from (hit), ==, "2016-08-01");
  g_assert_cmpstr (polku_peruste_hit_get_valid_until (hit), ==, "2018-07-31");

  /* _26 is a perustutkinto as Koodisto names it. */
  g_assert_nonnull (find_hit (hits, 6942140));

  /* Vocational and preparatory types were asked for, and the pages followed
   * (the loopback server answers three at a time). */
  g_assert_true (requests_contain ("koulutustyyppi=koulutustyyppi_1&"));
  g_assert_true (requests_contain ("koulutustyyppi=koulutustyyppi_11&"));
  g_assert_true (requests_contain ("koulutustyyppi=koulutustyyppi_12&"));
  g_assert_true (requests_contain ("koulutustyyppi=koulutustyyppi_5&"));
  g_assert_true (requests_contain ("koulutustyyppi=koulutustyyppi_18&"));
  g_assert_true (requests_contain ("koulutustyyppi=koulutustyyppi_40&"));
  g_assert_true (requests_contain ("nimi=perus&"));
  g_assert_true (requests_contain ("sivu=1&"));
  g_assert_false (requests_contain ("koulutustyyppi_2&"));
}

static void
test_search_iso_dates_and_preparatory (void)
{
  g_autoptr(GListModel) hits = search_ok ("itsenäiseen elämään");
  PolkuPerusteHit *hit;

  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 1);
  hit = find_hit (hits, TELMA_ID);
  g_assert_nonnull (hit);
  g_assert_cmpstr (polku_peruste_hit_get_koulutustyyppi (hit), ==, "koulutustyyppi_5");
  /* Served as an ISO date-time in UTC */
  g_assert_cmpstr (polku_peruste_hit_get_valid_from (hit), ==, "2018-01-01");
}

static void
test_search_unit_hits (void)
{
  g_autoptr(GListModel) hits = search_ok ("Ajoneuvon huoltotyöt");
  g_autoptr(PolkuPerusteHit) hit = NULL;

  /* The service answers with the unit (sisaltotyyppi tutkinnonosa, its own id);
   * what we list is the peruste that holds it. */
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 1);
  hit = g_list_model_get_item (hits, 0);
  g_assert_cmpint (polku_peruste_hit_get_id (hit), ==, AJONEUVO_ID);
  g_assert_cmpstr (polku_peruste_hit_get_diaarinumero (hit), ==, "OPH-5410-2021");
}

static void
test_search_common_units (void)
{
  g_autoptr(GListModel) hits = search_ok ("perustutkinto 2022");

  /* Published as tyyppi=amosaayhteinen, which a plain search does not include. */
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 1);
  g_assert_nonnull (find_hit (hits, YTO_ID));
}

static void
test_search_swedish (void)
{
  g_autoptr(GListModel) hits = search_ok ("fordonsbranschen");

  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 1);
  g_assert_nonnull (find_hit (hits, AJONEUVO_ID));
}

static void
test_search_nothing (void)
{
  g_autoptr(GListModel) hits = search_ok ("xyzzy");
  g_autoptr(GListModel) empty = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 0);

  polku_test_server_clear_requests (server);
  empty = search_ok ("   ");
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
  g_assert_false (requests_contain ("/perusteet"));
}

static void
test_search_by_diaarinumero (void)
{
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(GListModel) old = NULL;
  g_autoptr(GListModel) partial = NULL;
  g_autoptr(PolkuPerusteHit) hit = NULL;

  polku_test_server_clear_requests (server);
  hits = search_ok ("oph-5410-2021");
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 1);
  hit = g_list_model_get_item (hits, 0);
  g_assert_cmpint (polku_peruste_hit_get_id (hit), ==, AJONEUVO_ID);
  g_assert_true (requests_contain ("diaarinumero=OPH-5410-2021&"));
  g_assert_false (requests_contain ("nimi="));

  /* The old form has slashes, escaped in the query. */
  polku_test_server_clear_requests (server);
  old = search_ok ("59/011/2014");
  g_assert_cmpuint (g_list_model_get_n_items (old), ==, 1);
  g_assert_nonnull (find_hit (old, 1718932));
  g_assert_true (requests_contain ("diaarinumero=59%2F011%2F2014&"));

  /* Typed halfway */
  partial = search_ok ("OPH-2");
  g_assert_nonnull (find_hit (partial, TELMA_ID));
  g_assert_nonnull (find_hit (partial, 3932281));
}

static void
test_search_by_code (void)
{
  g_autoptr(GListModel) koulutus = search_ok ("koulutus_351301");
  g_autoptr(GListModel) digits = search_ok ("351301");
  g_autoptr(GListModel) unit = search_ok ("106945");

  g_assert_cmpuint (g_list_model_get_n_items (koulutus), ==, 1);
  g_assert_nonnull (find_hit (koulutus, AJONEUVO_ID));
  g_assert_cmpuint (g_list_model_get_n_items (digits), ==, 1);
  g_assert_nonnull (find_hit (digits, AJONEUVO_ID));
  g_assert_nonnull (find_hit (unit, AJONEUVO_ID));
}

typedef struct
{
  GAsyncResult *result;
} Waiter;

static void
waiter_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Waiter *waiter = user_data;

  waiter->result = g_object_ref (result);
}

static void
waiter_wait (Waiter *waiter)
{
  while (waiter->result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_search_async_real (void)
{
  g_autoptr(PolkuEperusteetClient) client = client_for ("ok");
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(GError) error = NULL;
  Waiter waiter = { NULL };

  polku_eperusteet_client_search_async (client, "puuteollisuuden", NULL, waiter_cb, &waiter);
  waiter_wait (&waiter);
  hits = polku_eperusteet_client_search_finish (client, waiter.result, &error);
  g_clear_object (&waiter.result);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 1);
  g_assert_nonnull (find_hit (hits, 3932281));
}

typedef struct
{
  goffset       received;
  goffset       total;
  guint         calls;
  guint         destroyed;
  gboolean      monotonic;
  goffset       cancel_at;
  GCancellable *cancellable;
} Progress;

static void
progress_cb (goffset  received,
             goffset  total,
             gpointer user_data)
{
  Progress *progress = user_data;

  if (received < progress->received)
    progress->monotonic = FALSE;
  progress->received = received;
  progress->total = total;
  progress->calls++;

  if (progress->cancellable != NULL && received >= progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

static void
progress_destroy (gpointer user_data)
{
  Progress *progress = user_data;

  progress->destroyed++;
}

static GBytes *
download_async (PolkuEperusteetClient  *client,
                gint64                  id,
                Progress               *progress,
                GError                **error)
{
  Waiter waiter = { NULL };
  GBytes *bytes;

  polku_eperusteet_client_download_async (client, id, progress->cancellable,
                                          progress_cb, progress, progress_destroy,
                                          waiter_cb, &waiter);
  waiter_wait (&waiter);
  bytes = polku_eperusteet_client_download_finish (client, waiter.result, error);
  g_clear_object (&waiter.result);

  /* Progress ends, exactly once, by the time the result is in. */
  g_assert_cmpuint (progress->destroyed, ==, 1);
  return bytes;
}

static void
test_download_progress (void)
{
  g_autoptr(PolkuEperusteetClient) client = client_for ("ok");
  g_autofree char *path = polku_test_server_dup_file_path (server, AJONEUVO_ID);
  g_autoptr(GBytes) expected = polku_test_read_file (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { .monotonic = TRUE };

  bytes = download_async (client, AJONEUVO_ID, &progress, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_assert_true (g_bytes_equal (bytes, expected));

  g_assert_true (progress.monotonic);
  g_assert_cmpuint (progress.calls, >, 2);
  g_assert_cmpint (progress.total, ==, (goffset) g_bytes_get_size (expected));
  g_assert_cmpint (progress.received, ==, progress.total);
}

static void
test_download_sync (void)
{
  g_autoptr(PolkuEperusteetClient) client = client_for ("ok");
  g_autofree char *path = polku_test_server_dup_file_path (server, TELMA_ID);
  g_autoptr(GBytes) expected = polku_test_read_file (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = polku_eperusteet_client_dup_peruste_url (client, TELMA_ID);

  g_assert_true (g_str_has_suffix (url, "/ok/api/external/peruste/2910079"));

  bytes = polku_eperusteet_client_download (client, TELMA_ID, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, expected));
}

static void
assert_error (const GError *error,
              int           code,
              const char   *must_contain)
{
  g_assert_error (error, POLKU_EXCHANGE_ERROR, code);
  g_test_message ("%s", error->message);
  if (strstr (error->message, must_contain) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, must_contain);
}

static void
test_server_error (void)
{
  g_autoptr(PolkuEperusteetClient) client = client_for ("error500");
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) download_error = NULL;
  g_autofree char *url = polku_eperusteet_client_dup_peruste_url (client, AJONEUVO_ID);
  Progress progress = { .monotonic = TRUE };

  hits = polku_eperusteet_client_search (client, "ajoneuvo", NULL, &error);
  g_assert_null (hits);
  assert_error (error, POLKU_EXCHANGE_ERROR_HTTP, "/error500/api/external/perusteet ");
  assert_error (error, POLKU_EXCHANGE_ERROR_HTTP, "500");

  bytes = download_async (client, AJONEUVO_ID, &progress, &download_error);
  g_assert_null (bytes);
  assert_error (download_error, POLKU_EXCHANGE_ERROR_HTTP, url);
  g_assert_cmpuint (progress.calls, ==, 0);
}

static void
test_not_found (void)
{
  g_autoptr(PolkuEperusteetClient) client = client_for ("ok");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = polku_eperusteet_client_download (client, 999, NULL, &error);
  g_assert_null (bytes);
  assert_error (error, POLKU_EXCHANGE_ERROR_NOT_FOUND, "/ok/api/external/peruste/999");
}

static void
test_stall (void)
{
  g_autoptr(PolkuEperusteetClient) client = client_for ("stall");
  g_autoptr(PolkuEperusteetClient) body_client = client_for ("stall-body");
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) body_error = NULL;
  Progress progress = { .monotonic = TRUE };
  gint64 start;

  g_assert_cmpuint (polku_eperusteet_client_get_timeout (client), ==, 30);
  polku_eperusteet_client_set_timeout (client, 1);
  g_object_set (body_client, "timeout", 1, NULL);

  /* No answer at all */
  start = g_get_monotonic_time ();
  hits = polku_eperusteet_client_search (client, "ajoneuvo", NULL, &error);
  g_assert_null (hits);
  assert_error (error, POLKU_EXCHANGE_ERROR_TIMED_OUT, "/stall/api/external/perusteet");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);

  /* An answer that stops halfway */
  bytes = download_async (body_client, AJONEUVO_ID, &progress, &body_error);
  g_assert_null (bytes);
  assert_error (body_error, POLKU_EXCHANGE_ERROR_TIMED_OUT, "/stall-body/api/external/peruste/7614470");
  g_assert_cmpint (progress.received, >, 0);
  g_assert_cmpint (progress.received, <, progress.total);
}

static void
test_garbage (void)
{
  g_autoptr(PolkuEperusteetClient) client = client_for ("garbage");
  g_autoptr(PolkuEperusteetClient) html = client_for ("html");
  g_autoptr(PolkuEperusteetClient) cut = client_for ("cut");
  g_autoptr(PolkuEperusteetClient) broken = client_for ("broken");
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  hits = polku_eperusteet_client_search (client, "ajoneuvo", NULL, &error);
  g_assert_null (hits);
  assert_error (error, POLKU_EXCHANGE_ERROR_NOT_JSON, "/garbage/api/external/perusteet");
  g_clear_error (&error);

  bytes = polku_eperusteet_client_download (client, AJONEUVO_ID, NULL, &error);
  g_assert_null (bytes);
  assert_error (error, POLKU_EXCHANGE_ERROR_NOT_JSON, "/garbage/api/external/peruste/7614470");
  g_clear_error (&error);

  /* A captive portal or a wrong address answers with a web page. */
  bytes = polku_eperusteet_client_download (html, AJONEUVO_ID, NULL, &error);
  g_assert_null (bytes);
  assert_error (error, POLKU_EXCHANGE_ERROR_NOT_JSON, "web page");
  g_clear_error (&error);

  /* A whole HTTP answer holding half a document */
  bytes = polku_eperusteet_client_download (cut, AJONEUVO_ID, NULL, &error);
  g_assert_null (bytes);
  assert_error (error, POLKU_EXCHANGE_ERROR_TRUNCATED, "/cut/api/external/peruste/7614470");
  g_clear_error (&error);

  /* The connection closes before Content-Length is reached. */
  bytes = polku_eperusteet_client_download (broken, AJONEUVO_ID, NULL, &error);
  g_assert_null (bytes);
  assert_error (error, POLKU_EXCHANGE_ERROR_TRUNCATED, "/broken/api/external/peruste/7614470");
}

static void
test_no_network (void)
{
  g_autofree char *url = polku_test_closed_url ();
  g_autoptr(PolkuEperusteetClient) client = polku_eperusteet_client_new (url);
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { .monotonic = TRUE };

  hits = polku_eperusteet_client_search (client, "ajoneuvo", NULL, &error);
  g_assert_null (hits);
  assert_error (error, POLKU_EXCHANGE_ERROR_NETWORK, url);
  assert_error (error, POLKU_EXCHANGE_ERROR_NETWORK, "import a peruste file saved from ePerusteet instead");
  g_clear_error (&error);

  bytes = download_async (client, AJONEUVO_ID, &progress, &error);
  g_assert_null (bytes);
  assert_error (error, POLKU_EXCHANGE_ERROR_NETWORK, "import a peruste file saved from ePerusteet instead");
}

static void
test_bad_address (void)
{
  g_autoptr(PolkuEperusteetClient) client = polku_eperusteet_client_new ("ftp://example.org/");
  g_autoptr(PolkuEperusteetClient) fallback = polku_eperusteet_client_new (NULL);
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (polku_eperusteet_client_get_base_url (fallback), ==, POLKU_EPERUSTEET_DEFAULT_URL);
  g_assert_cmpstr (polku_eperusteet_client_get_base_url (client), ==, "ftp://example.org");

  hits = polku_eperusteet_client_search (client, "ajoneuvo", NULL, &error);
  g_assert_null (hits);
  assert_error (error, POLKU_EXCHANGE_ERROR_FAILED, "ftp://example.org");
}

static void
test_too_large (void)
{
  g_autoptr(PolkuEperusteetClient) client = client_for ("ok");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  polku_eperusteet_client_set_max_size (client, 1000);
  g_assert_cmpuint (polku_eperusteet_client_get_max_size (client), ==, 1000);
  bytes = polku_eperusteet_client_download (client, TELMA_ID, NULL, &error);
  g_assert_null (bytes);
  assert_error (error, POLKU_EXCHANGE_ERROR_TOO_LARGE, "/ok/api/external/peruste/2910079");
}

static void
test_cancel (void)
{
  g_autoptr(PolkuEperusteetClient) client = client_for ("ok");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) later_error = NULL;
  g_autoptr(GBytes) later = NULL;
  Progress progress = { .monotonic = TRUE, .cancellable = cancellable, .cancel_at = 1 };

  bytes = download_async (client, AJONEUVO_ID, &progress, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (progress.received, >, 0);
  g_assert_cmpint (progress.received, <, progress.total);

  /* The client still works afterwards. */
  later = polku_eperusteet_client_download (client, TELMA_ID, NULL, &later_error);
  g_assert_no_error (later_error);
  g_assert_nonnull (later);
}

static void
test_fetch_by_diaarinumero (void)
{
  g_autoptr(PolkuEperusteetClient) client = client_for ("ok");
  g_autofree char *telma_path = polku_test_server_dup_file_path (server, TELMA_ID);
  g_autofree char *yto_path = polku_test_server_dup_file_path (server, YTO_ID);
  g_autoptr(GBytes) telma_expected = polku_test_read_file (telma_path);
  g_autoptr(GBytes) yto_expected = polku_test_read_file (yto_path);
  g_autoptr(GBytes) telma = NULL;
  g_autoptr(GBytes) yto = NULL;
  g_autoptr(GBytes) missing = NULL;
  g_autoptr(GBytes) nonsense = NULL;
  g_autoptr(GError) error = NULL;

  telma = polku_eperusteet_client_fetch_by_diaarinumero (client, "OPH-2659-2017", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (telma, telma_expected));

  yto = polku_eperusteet_client_fetch_by_diaarinumero (client, " oph-456-2022 ", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (yto, yto_expected));

  /* A partial match (OPH-2 matches several) is not the one asked for. */
  missing = polku_eperusteet_client_fetch_by_diaarinumero (client, "OPH-2", NULL, &error);
  g_assert_null (missing);
  assert_error (error, POLKU_EXCHANGE_ERROR_NOT_FOUND, "OPH-2");
  g_clear_error (&error);

  /* The upper secondary peruste exists in the service but is not for Polku. */
  missing = polku_eperusteet_client_fetch_by_diaarinumero (client, "OPH-2263-2019", NULL, &error);
  g_assert_null (missing);
  assert_error (error, POLKU_EXCHANGE_ERROR_NOT_FOUND, "OPH-2263-2019");
  g_clear_error (&error);

  nonsense = polku_eperusteet_client_fetch_by_diaarinumero (client, "ajoneuvo", NULL, &error);
  g_assert_null (nonsense);
  assert_error (error, POLKU_EXCHANGE_ERROR_NOT_FOUND, "ajoneuvo");
}

static void
test_download_and_import (void)
{
  g_autoptr(PolkuEperusteetClient) client = client_for ("ok");
  g_autofree char *dir = polku_test_make_tmpdir ();
  g_autoptr(PolkuStore) store = polku_test_open_store (dir);
  static const struct {
    const char *diaarinumero;
    guint       n_units;
    guint       n_requirements;
  } cases[] = {
    /* The small ones: the importer's own tests take the large ones apart. */
    { "OPH-2659-2017", 3, 57 },
    { "OPH-456-2022", 9, 597 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PolkuImportSummary) summary = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *source = NULL;
      gint64 id;

      id = polku_eperusteet_client_find_by_diaarinumero (client, cases[i].diaarinumero, NULL, &error);
      g_assert_no_error (error);
      bytes = polku_eperusteet_client_download (client, id, NULL, &error);
      g_assert_no_error (error);
      source = polku_eperusteet_client_dup_peruste_url (client, id);

      summary = polku_eperusteet_import_bytes (store, bytes, source, &error);
      g_assert_no_error (error);
      g_assert_nonnull (summary);
      g_assert_cmpstr (summary->diaarinumero, ==, cases[i].diaarinumero);
      g_assert_cmpstr (summary->source, ==, source);
      g_assert_false (summary->updated);
      g_assert_cmpuint (summary->n_units, ==, cases[i].n_units);
      g_assert_cmpuint (summary->n_requirements, ==, cases[i].n_requirements);
    }

  g_assert_cmpint (polku_store_query_int (store, "SELECT COUNT(*) FROM peruste", NULL), ==, 2);

  g_clear_object (&store);
  polku_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The loopback server is never behind a proxy. */
  g_unsetenv ("http_proxy");
  g_unsetenv ("https_proxy");
  g_unsetenv ("all_proxy");
  g_unsetenv ("HTTP_PROXY");
  g_unsetenv ("HTTPS_PROXY");
  g_unsetenv ("ALL_PROXY");
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  server = polku_test_server_new ();

  g_test_add_func ("/eperusteet-client/search/name", test_search_by_name);
  g_test_add_func ("/eperusteet-client/search/iso-dates", test_search_iso_dates_and_preparatory);
  g_test_add_func ("/eperusteet-client/search/unit-hits", test_search_unit_hits);
  g_test_add_func ("/eperusteet-client/search/common-units", test_search_common_units);
  g_test_add_func ("/eperusteet-client/search/swedish", test_search_swedish);
  g_test_add_func ("/eperusteet-client/search/nothing", test_search_nothing);
  g_test_add_func ("/eperusteet-client/search/diaarinumero", test_search_by_diaarinumero);
  g_test_add_func ("/eperusteet-client/search/code", test_search_by_code);
  g_test_add_func ("/eperusteet-client/search/async", test_search_async_real);
  g_test_add_func ("/eperusteet-client/download/progress", test_download_progress);
  g_test_add_func ("/eperusteet-client/download/sync", test_download_sync);
  g_test_add_func ("/eperusteet-client/download/cancel", test_cancel);
  g_test_add_func ("/eperusteet-client/errors/server-error", test_server_error);
  g_test_add_func ("/eperusteet-client/errors/not-found", test_not_found);
  g_test_add_func ("/eperusteet-client/errors/stall", test_stall);
  g_test_add_func ("/eperusteet-client/errors/garbage", test_garbage);
  g_test_add_func ("/eperusteet-client/errors/no-network", test_no_network);
  g_test_add_func ("/eperusteet-client/errors/bad-address", test_bad_address);
  g_test_add_func ("/eperusteet-client/errors/too-large", test_too_large);
  g_test_add_func ("/eperusteet-client/fetch-by-diaarinumero", test_fetch_by_diaarinumero);
  g_test_add_func ("/eperusteet-client/download-and-import", test_download_and_import);

  status = g_test_run ();

  polku_test_server_free (server);
  return status;
}
