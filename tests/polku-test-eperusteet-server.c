/* polku-test-eperusteet-server.c: a loopback stand-in for the ePerusteet API.
 *
 * Raw HTTP/1.1 over a threaded socket service, one connection per request, so
 * that the tests can also misbehave in ways a real HTTP server library refuses to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "polku-test-eperusteet-server.h"
#include "polku-test-utils.h"

/* The real service pages at whatever size it is asked; ours pages small so that the
 * client's paging is exercised with few documents. */
#define MAX_PAGE_SIZE 3
#define PARTIAL_BYTES 100000
#define SLOW_CHUNK    (32 * 1024)

typedef struct
{
  gint64  id;
  char   *name_fi;
  char   *name_sv;
} Unit;

typedef struct
{
  gint64     id;
  char      *path;
  char      *diaarinumero;
  char      *tyyppi;
  char      *koulutustyyppi;
  char      *name_fi;
  char      *name_sv;
  JsonNode  *alkaa;
  JsonNode  *loppuu;
  GPtrArray *codes;
  GArray    *units;
} Entry;

struct _PolkuTestServer
{
  GThread        *thread;
  GMainContext   *context;
  GMainLoop      *loop;
  GSocketService *service;
  guint16         port;
  GCancellable   *stop;

  GPtrArray      *entries;

  GMutex          lock;
  GCond           cond;
  gboolean        ready;
  GPtrArray      *requests;
};

static void
unit_clear (Unit *unit)
{
  g_free (unit->name_fi);
  g_free (unit->name_sv);
}

static void
entry_free (Entry *entry)
{
  g_free (entry->path);
  g_free (entry->diaarinumero);
  g_free (entry->tyyppi);
  g_free (entry->koulutustyyppi);
  g_free (entry->name_fi);
  g_free (entry->name_sv);
  g_clear_pointer (&entry->alkaa, json_node_unref);
  g_clear_pointer (&entry->loppuu, json_node_unref);
  g_ptr_array_unref (entry->codes);
  g_array_unref (entry->units);
  g_free (entry);
}

static Entry *
entry_new (void)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->codes = g_ptr_array_new_with_free_func (g_free);
  entry->units = g_array_new (FALSE, TRUE, sizeof (Unit));
  g_array_set_clear_func (entry->units, (GDestroyNotify) unit_clear);
  return entry;
}

/* g_set_str() arrives only in GLib 2.76 */
static void
set_str (char       **slot,
                  const char  *value)
{
  g_free (*slot);
  *slot = g_strdup (value);
}

/* Reading the shared files: a small scanner that keeps only the fields the search
 * needs. A full parse allocates a node per value, and under AddressSanitizer with
 * full stack traces (as the project runs it) that costs ten seconds per process. */

typedef struct
{
  const char *p;
  const char *end;
  GString    *path;
  GString    *text;
  Entry      *entry;
  Unit        unit;
} Scan;

static void scan_value (Scan *scan);

static void
scan_space (Scan *scan)
{
  while (scan->p < scan->end && g_ascii_isspace (*scan->p))
    scan->p++;
}

static gunichar
scan_hex4 (Scan *scan)
{
  gunichar c = 0;

  for (int i = 0; i < 4 && scan->p < scan->end; i++, scan->p++)
    c = c * 16 + g_ascii_xdigit_value (*scan->p);
  return c;
}

/* A string at scan->p; decoded into out unless out is NULL. */
static void
scan_string (Scan    *scan,
             GString *out)
{
  g_assert_true (*scan->p == '"');
  scan->p++;

  if (out != NULL)
    g_string_truncate (out, 0);

  while (scan->p < scan->end && *scan->p != '"')
    {
      if (*scan->p != '\\')
        {
          if (out != NULL)
            g_string_append_c (out, *scan->p);
          scan->p++;
          continue;
        }

      scan->p++;
      if (*scan->p == 'u')
        {
          gunichar c;

          scan->p++;
          c = scan_hex4 (scan);
          if (c >= 0xD800 && c < 0xDC00 && scan->p + 6 <= scan->end && scan->p[0] == '\\' && scan->p[1] == 'u')
            {
              scan->p += 2;
              c = 0x10000 + ((c - 0xD800) << 10) + (scan_hex4 (scan) - 0xDC00);
            }
          if (out != NULL)
            g_string_append_unichar (out, c);
          continue;
        }

      if (out != NULL)
        switch (*scan->p)
          {
          case 'n': g_string_append_c (out, '\n'); break;
          case 't': g_string_append_c (out, '\t'); break;
          case 'r': g_string_append_c (out, '\r'); break;
          case 'b': g_string_append_c (out, '\b'); break;
          case 'f': g_string_append_c (out, '\f'); break;
          default: g_string_append_c (out, *scan->p); break;
          }
      scan->p++;
    }

  scan->p++;
}

static gboolean
path_is (Scan       *scan,
         const char *path)
{
  return g_str_equal (scan->path->str, path);
}

static void
scan_store_string (Scan *scan)
{
  Entry *entry = scan->entry;
  const char *value = scan->text->str;

  if (path_is (scan, "diaarinumero"))
    entry->diaarinumero = g_strdup (value);
  else if (path_is (scan, "tyyppi"))
    set_str (&entry->tyyppi, value);
  else if (path_is (scan, "koulutustyyppi"))
    entry->koulutustyyppi = g_strdup (value);
  else if (path_is (scan, "nimi.fi"))
    entry->name_fi = g_strdup (value);
  else if (path_is (scan, "nimi.sv"))
    entry->name_sv = g_strdup (value);
  else if (path_is (scan, "koulutukset[].koulutuskoodiUri") || path_is (scan, "tutkinnonOsat[].koodi.uri"))
    g_ptr_array_add (entry->codes, g_strdup (value));
  else if (path_is (scan, "tutkinnonOsat[].nimi.fi"))
    set_str (&scan->unit.name_fi, value);
  else if (path_is (scan, "tutkinnonOsat[].nimi.sv"))
    set_str (&scan->unit.name_sv, value);
}

static gboolean
wants_string (Scan *scan)
{
  static const char * const paths[] = {
    "diaarinumero", "tyyppi", "koulutustyyppi", "nimi.fi", "nimi.sv",
    "koulutukset[].koulutuskoodiUri", "tutkinnonOsat[].koodi.uri",
    "tutkinnonOsat[].nimi.fi", "tutkinnonOsat[].nimi.sv",
  };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    if (path_is (scan, paths[i]))
      return TRUE;

  return FALSE;
}

static void
scan_store_number (Scan       *scan,
                   const char *token)
{
  gint64 value;

  if (!g_ascii_string_to_signed (token, 10, G_MININT64, G_MAXINT64, &value, NULL))
    return;

  if (path_is (scan, "id"))
    scan->entry->id = value;
  else if (path_is (scan, "tutkinnonOsat[].id"))
    scan->unit.id = value;
  else if (path_is (scan, "voimassaoloAlkaa"))
    scan->entry->alkaa = json_node_init_int (json_node_alloc (), value);
  else if (path_is (scan, "voimassaoloLoppuu"))
    scan->entry->loppuu = json_node_init_int (json_node_alloc (), value);
}

static void
scan_object (Scan *scan)
{
  gboolean unit = path_is (scan, "tutkinnonOsat[]");

  if (unit)
    memset (&scan->unit, 0, sizeof scan->unit);

  scan->p++;
  for (;;)
    {
      gsize length = scan->path->len;

      scan_space (scan);
      if (*scan->p == '}')
        break;

      scan_string (scan, scan->text);
      if (length > 0)
        g_string_append_c (scan->path, '.');
      g_string_append (scan->path, scan->text->str);
      scan_space (scan);
      g_assert_true (*scan->p == ':');
      scan->p++;
      scan_value (scan);
      g_string_truncate (scan->path, length);

      scan_space (scan);
      if (*scan->p == ',')
        scan->p++;
    }
  scan->p++;

  /* {} in the unit list is a hole, not a unit. */
  if (unit)
    {
      if (scan->unit.id != 0)
        g_array_append_val (scan->entry->units, scan->unit);
      else
        unit_clear (&scan->unit);
    }
}

static void
scan_array (Scan *scan)
{
  scan->p++;
  for (;;)
    {
      gsize length = scan->path->len;

      scan_space (scan);
      if (*scan->p == ']')
        break;

      g_string_append (scan->path, "[]");
      scan_value (scan);
      g_string_truncate (scan->path, length);

      scan_space (scan);
      if (*scan->p == ',')
        scan->p++;
    }
  scan->p++;
}

static void
scan_value (Scan *scan)
{
  const char *start;
  char token[32];

  scan_space (scan);
  g_assert_true (scan->p < scan->end);

  switch (*scan->p)
    {
    case '{':
      scan_object (scan);
      return;

    case '[':
      scan_array (scan);
      return;

    case '"':
      if (wants_string (scan))
        {
          scan_string (scan, scan->text);
          scan_store_string (scan);
        }
      else
        scan_string (scan, NULL);
      return;

    default:
      start = scan->p;
      while (scan->p < scan->end && *scan->p != ',' && *scan->p != '}' && *scan->p != ']' &&
             !g_ascii_isspace (*scan->p))
        scan->p++;
      if ((gsize) (scan->p - start) < sizeof token)
        {
          memcpy (token, start, scan->p - start);
          token[scan->p - start] = '\0';
          scan_store_number (scan, token);
        }
      return;
    }
}

static Entry *
entry_load (const char *path)
{
  g_autoptr(GBytes) bytes = polku_test_read_file (path);
  gsize size;
  Scan scan = { 0, };
  Entry *entry;

  entry = entry_new ();
  entry->path = g_strdup (path);
  entry->tyyppi = g_strdup ("normaali");

  scan.p = g_bytes_get_data (bytes, &size);
  scan.end = scan.p + size;
  scan.path = g_string_new (NULL);
  scan.text = g_string_new (NULL);
  scan.entry = entry;
  scan_value (&scan);
  g_string_free (scan.path, TRUE);
  g_string_free (scan.text, TRUE);

  g_assert_cmpint (entry->id, >, 0);
  g_assert_nonnull (entry->diaarinumero);
  return entry;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static void
load_entries (PolkuTestServer *server)
{
  g_autofree char *dir_path = polku_test_shared_data_path ("eperusteet");
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *name;
  Entry *lukio;

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);

      g_ptr_array_add (server->entries, entry_load (path));
    }

  /* The service knows more than vocational perusteet: the client must leave this out. */
  lukio = entry_new ();
  lukio->id = 6828810;
  lukio->diaarinumero = g_strdup ("OPH-2263-2019");
  lukio->tyyppi = g_strdup ("normaali");
  lukio->koulutustyyppi = g_strdup ("koulutustyyppi_2");
  lukio->name_fi = g_strdup ("Lukion opetussuunnitelman perusteet 2019");
  lukio->name_sv = g_strdup ("Grunderna för gymnasiets läroplan 2019");
  lukio->alkaa = json_node_init_int (json_node_alloc (), G_GINT64_CONSTANT (1596229200000));
  g_ptr_array_add (server->entries, lukio);
}

/* HTTP */

static void
write_all (GOutputStream *out,
           const void    *data,
           gsize          length)
{
  /* The client may have gone: that is its business, not a test failure. */
  g_output_stream_write_all (out, data, length, NULL, NULL, NULL);
}

static void
write_head (GOutputStream *out,
            guint          status,
            const char    *reason,
            const char    *content_type,
            gsize          content_length)
{
  g_autofree char *head = NULL;

  head = g_strdup_printf ("HTTP/1.1 %u %s\r\n"
                          "Content-Type: %s\r\n"
                          "Content-Length: %" G_GSIZE_FORMAT "\r\n"
                          "Connection: close\r\n"
                          "\r\n",
                          status, reason, content_type, content_length);
  write_all (out, head, strlen (head));
}

static void
respond (GOutputStream *out,
         guint          status,
         const char    *reason,
         const char    *content_type,
         const void    *body,
         gsize          length)
{
  write_head (out, status, reason, content_type, length);
  write_all (out, body, length);
}

static void
respond_json (GOutputStream *out,
              JsonNode      *root)
{
  g_autofree char *text = json_to_string (root, FALSE);

  respond (out, 200, "OK", "application/json;charset=UTF-8", text, strlen (text));
}

/* Waits until the client hangs up or the server stops. */
static void
block (PolkuTestServer *server,
       GInputStream    *in)
{
  char buffer[1024];

  while (g_input_stream_read (in, buffer, sizeof buffer, server->stop, NULL) > 0)
    ;
}

static gboolean
text_matches (const char *text,
              const char *needle)
{
  g_autofree char *folded_text = NULL;
  g_autofree char *folded_needle = NULL;

  if (text == NULL)
    return FALSE;

  folded_text = g_utf8_casefold (text, -1);
  folded_needle = g_utf8_casefold (needle, -1);
  return strstr (folded_text, folded_needle) != NULL;
}

static void
add_names (JsonBuilder *builder,
           const char  *name_fi,
           const char  *name_sv)
{
  json_builder_set_member_name (builder, "nimi");
  json_builder_begin_object (builder);
  if (name_fi != NULL)
    {
      json_builder_set_member_name (builder, "fi");
      json_builder_add_string_value (builder, name_fi);
    }
  if (name_sv != NULL)
    {
      json_builder_set_member_name (builder, "sv");
      json_builder_add_string_value (builder, name_sv);
    }
  json_builder_end_object (builder);
}

static void
add_peruste (JsonBuilder *builder,
             Entry       *entry)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, entry->id);
  add_names (builder, entry->name_fi, entry->name_sv);
  json_builder_set_member_name (builder, "diaarinumero");
  json_builder_add_string_value (builder, entry->diaarinumero);
  json_builder_set_member_name (builder, "koulutustyyppi");
  json_builder_add_string_value (builder, entry->koulutustyyppi);
  json_builder_set_member_name (builder, "tyyppi");
  json_builder_add_string_value (builder, entry->tyyppi);
  json_builder_set_member_name (builder, "sisaltotyyppi");
  json_builder_add_string_value (builder, "peruste");

  /* The spec says date-time strings and the service sends epoch ms: serve one of each. */
  json_builder_set_member_name (builder, "voimassaoloAlkaa");
  if (entry->id == 2910079)
    json_builder_add_string_value (builder, "2017-12-31T22:00:00.000Z");
  else if (entry->alkaa != NULL)
    json_builder_add_value (builder, json_node_copy (entry->alkaa));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "voimassaoloLoppuu");
  if (entry->loppuu != NULL)
    json_builder_add_value (builder, json_node_copy (entry->loppuu));
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "koodit");
  json_builder_begin_array (builder);
  for (guint i = 0; i < entry->codes->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (entry->codes, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

typedef struct
{
  Entry *entry;
  Unit  *unit;    /* NULL: the peruste itself matched */
} Match;

static void
search (PolkuTestServer *server,
        GOutputStream   *out,
        const char      *query)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (Match));
  g_autofree char *nimi = NULL;
  g_autofree char *kieli = NULL;
  g_autofree char *diaarinumero = NULL;
  g_autofree char *koodi = NULL;
  g_autofree char *tyyppi = NULL;
  guint sivu = 0, sivukoko = 10, total_pages;
  GUriParamsIter iter;
  char *name, *value;

  g_uri_params_iter_init (&iter, query != NULL ? query : "", -1, "&", G_URI_PARAMS_WWW_FORM);
  while (g_uri_params_iter_next (&iter, &name, &value, NULL))
    {
      if (g_str_equal (name, "nimi"))
        set_str (&nimi, value);
      else if (g_str_equal (name, "kieli"))
        set_str (&kieli, value);
      else if (g_str_equal (name, "diaarinumero"))
        set_str (&diaarinumero, value);
      else if (g_str_equal (name, "koodi"))
        set_str (&koodi, value);
      else if (g_str_equal (name, "tyyppi"))
        set_str (&tyyppi, value);
      else if (g_str_equal (name, "sivu"))
        sivu = (guint) g_ascii_strtoull (value, NULL, 10);
      else if (g_str_equal (name, "sivukoko"))
        sivukoko = (guint) g_ascii_strtoull (value, NULL, 10);
      g_free (name);
      g_free (value);
    }

  sivukoko = CLAMP (sivukoko, 1, MAX_PAGE_SIZE);

  for (guint i = 0; i < server->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (server->entries, i);
      gboolean swedish = g_strcmp0 (kieli, "sv") == 0;
      Match match = { entry, NULL };

      if (g_strcmp0 (entry->tyyppi, tyyppi != NULL ? tyyppi : "normaali") != 0)
        continue;
      if (diaarinumero != NULL && *diaarinumero != '\0' && !text_matches (entry->diaarinumero, diaarinumero))
        continue;
      if (koodi != NULL && *koodi != '\0' &&
          !g_ptr_array_find_with_equal_func (entry->codes, koodi, g_str_equal, NULL))
        continue;

      if (nimi != NULL && *nimi != '\0' &&
          !text_matches (swedish ? entry->name_sv : entry->name_fi, nimi))
        {
          /* Unit names match too, as unit hits. */
          for (guint j = 0; j < entry->units->len && match.unit == NULL; j++)
            {
              Unit *unit = &g_array_index (entry->units, Unit, j);

              if (text_matches (swedish ? unit->name_sv : unit->name_fi, nimi))
                match.unit = unit;
            }
          if (match.unit == NULL)
            continue;
        }

      g_array_append_val (matches, match);
    }

  total_pages = (matches->len + sivukoko - 1) / sivukoko;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "content");
  json_builder_begin_array (builder);
  for (guint i = sivu * sivukoko; i < matches->len && i < (sivu + 1) * sivukoko; i++)
    {
      Match *match = &g_array_index (matches, Match, i);

      if (match->unit == NULL)
        {
          add_peruste (builder, match->entry);
          continue;
        }

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, match->unit->id);
      add_names (builder, match->unit->name_fi, match->unit->name_sv);
      json_builder_set_member_name (builder, "sisaltotyyppi");
      json_builder_add_string_value (builder, "tutkinnonosa");
      json_builder_set_member_name (builder, "perusteet");
      json_builder_begin_array (builder);
      add_peruste (builder, match->entry);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "totalElements");
  json_builder_add_int_value (builder, matches->len);
  json_builder_set_member_name (builder, "totalPages");
  json_builder_add_int_value (builder, total_pages);
  json_builder_set_member_name (builder, "size");
  json_builder_add_int_value (builder, sivukoko);
  json_builder_set_member_name (builder, "number");
  json_builder_add_int_value (builder, sivu);
  json_builder_set_member_name (builder, "first");
  json_builder_add_boolean_value (builder, sivu == 0);
  json_builder_set_member_name (builder, "last");
  json_builder_add_boolean_value (builder, sivu + 1 >= total_pages);
  json_builder_set_member_name (builder, "empty");
  json_builder_add_boolean_value (builder, matches->len <= sivu * sivukoko);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  respond_json (out, root);
}

static Entry *
find_entry (PolkuTestServer *server,
            gint64           id)
{
  for (guint i = 0; i < server->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (server->entries, i);

      if (entry->id == id && entry->path != NULL)
        return entry;
    }

  return NULL;
}

static void
not_found (GOutputStream *out)
{
  static const char body[] = "{\"syy\":\"Not found\"}";

  respond (out, 404, "Not Found", "application/json", body, strlen (body));
}

static void
serve (PolkuTestServer *server,
       GInputStream    *in,
       GOutputStream   *out,
       const char      *mode,
       const char      *path,
       const char      *query)
{
  g_autoptr(GBytes) file = NULL;
  const char *data;
  gsize size;
  Entry *entry = NULL;

  if (g_str_equal (mode, "stall"))
    {
      block (server, in);
      return;
    }

  if (g_str_equal (mode, "error500"))
    {
      static const char body[] = "{\"syy\":\"Internal Server Error\"}";

      respond (out, 500, "Internal Server Error", "application/json", body, strlen (body));
      return;
    }

  if (g_str_equal (mode, "garbage"))
    {
      static const char body[] = "{\"content\": [ this is not JSON ]]]";

      respond (out, 200, "OK", "application/json", body, strlen (body));
      return;
    }

  if (g_str_equal (mode, "html"))
    {
      static const char body[] = "<!DOCTYPE html><html><body><h1>Welcome to the hotel network</h1></body></html>";

      respond (out, 200, "OK", "text/html; charset=utf-8", body, strlen (body));
      return;
    }

  if (g_str_equal (path, "/api/external/perusteet") || g_str_equal (path, "/api/external/perusteet/"))
    {
      if (g_str_equal (mode, "ok") || g_str_equal (mode, "slow"))
        search (server, out, query);
      else
        not_found (out);
      return;
    }

  if (g_str_has_prefix (path, "/api/external/peruste/"))
    entry = find_entry (server, g_ascii_strtoll (path + strlen ("/api/external/peruste/"), NULL, 10));

  if (entry == NULL)
    {
      not_found (out);
      return;
    }

  file = polku_test_read_file (entry->path);
  data = g_bytes_get_data (file, &size);

  if (g_str_equal (mode, "cut"))
    respond (out, 200, "OK", "application/json", data, PARTIAL_BYTES);
  else if (g_str_equal (mode, "broken"))
    {
      write_head (out, 200, "OK", "application/json", size);
      write_all (out, data, PARTIAL_BYTES);
    }
  else if (g_str_equal (mode, "stall-body"))
    {
      write_head (out, 200, "OK", "application/json", size);
      write_all (out, data, PARTIAL_BYTES);
      g_output_stream_flush (out, NULL, NULL);
      block (server, in);
    }
  else if (g_str_equal (mode, "slow"))
    {
      /* About three seconds for the largest file: time to watch, and to stop it. */
      write_head (out, 200, "OK", "application/json;charset=UTF-8", size);
      for (gsize sent = 0; sent < size && !g_cancellable_is_cancelled (server->stop); sent += SLOW_CHUNK)
        {
          if (!g_output_stream_write_all (out, data + sent, MIN (SLOW_CHUNK, size - sent), NULL, NULL, NULL))
            break;
          g_usleep (25 * 1000);
        }
    }
  else
    respond (out, 200, "OK", "application/json;charset=UTF-8", data, size);
}

static gboolean
run_cb (GThreadedSocketService *service,
        GSocketConnection      *connection,
        GObject                *source_object,
        gpointer                user_data)
{
  PolkuTestServer *server = user_data;
  GInputStream *in = g_io_stream_get_input_stream (G_IO_STREAM (connection));
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  g_autoptr(GString) request = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  g_autofree char *mode = NULL;
  const char *target, *rest, *question;
  g_autofree char *path = NULL;
  char buffer[4096];

  while (strstr (request->str, "\r\n\r\n") == NULL && request->len < 65536)
    {
      gssize n = g_input_stream_read (in, buffer, sizeof buffer, server->stop, NULL);

      if (n <= 0)
        return TRUE;
      g_string_append_len (request, buffer, n);
    }

  words = g_strsplit (request->str, " ", 3);
  if (g_strv_length (words) < 3 || !g_str_equal (words[0], "GET"))
    return TRUE;

  target = words[1];
  g_mutex_lock (&server->lock);
  g_ptr_array_add (server->requests, g_strdup (target));
  g_mutex_unlock (&server->lock);

  /* /MODE/api/… */
  rest = strchr (target + 1, '/');
  if (target[0] != '/' || rest == NULL)
    {
      not_found (out);
      return TRUE;
    }
  mode = g_strndup (target + 1, rest - target - 1);
  question = strchr (rest, '?');
  path = question != NULL ? g_strndup (rest, question - rest) : g_strdup (rest);

  serve (server, in, out, mode, path, question != NULL ? question + 1 : NULL);
  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
  return TRUE;
}

static gboolean
signal_ready_cb (gpointer user_data)
{
  PolkuTestServer *server = user_data;

  g_mutex_lock (&server->lock);
  server->ready = TRUE;
  g_cond_signal (&server->cond);
  g_mutex_unlock (&server->lock);
  return G_SOURCE_REMOVE;
}

static gpointer
server_thread (gpointer data)
{
  PolkuTestServer *server = data;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) effective = NULL;
  g_autoptr(GError) error = NULL;

  g_main_context_push_thread_default (server->context);

  server->service = g_threaded_socket_service_new (16);
  g_socket_listener_add_address (G_SOCKET_LISTENER (server->service), address,
                                 G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                                 NULL, &effective, &error);
  g_assert_no_error (error);
  server->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));
  g_signal_connect (server->service, "run", G_CALLBACK (run_cb), server);
  g_socket_service_start (server->service);

  {
    GSource *source = g_idle_source_new ();

    g_source_set_callback (source, signal_ready_cb, server, NULL);
    g_source_attach (source, server->context);
    g_source_unref (source);
  }
  g_main_loop_run (server->loop);

  g_socket_service_stop (server->service);
  g_socket_listener_close (G_SOCKET_LISTENER (server->service));
  /* Finalizing waits for the connection threads. */
  g_clear_object (&server->service);

  g_main_context_pop_thread_default (server->context);
  return NULL;
}

PolkuTestServer *
polku_test_server_new (void)
{
  PolkuTestServer *server = g_new0 (PolkuTestServer, 1);

  server->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  server->requests = g_ptr_array_new_with_free_func (g_free);
  server->stop = g_cancellable_new ();
  server->context = g_main_context_new ();
  server->loop = g_main_loop_new (server->context, FALSE);
  g_mutex_init (&server->lock);
  g_cond_init (&server->cond);

  load_entries (server);

  server->thread = g_thread_new ("polku-test-server", server_thread, server);
  g_mutex_lock (&server->lock);
  while (!server->ready)
    g_cond_wait (&server->cond, &server->lock);
  g_mutex_unlock (&server->lock);

  return server;
}

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

void
polku_test_server_free (PolkuTestServer *server)
{
  GSource *source;

  g_cancellable_cancel (server->stop);

  source = g_idle_source_new ();
  g_source_set_callback (source, quit_cb, server->loop, NULL);
  g_source_attach (source, server->context);
  g_source_unref (source);
  g_thread_join (server->thread);

  g_main_loop_unref (server->loop);
  g_main_context_unref (server->context);
  g_object_unref (server->stop);
  g_ptr_array_unref (server->entries);
  g_ptr_array_unref (server->requests);
  g_mutex_clear (&server->lock);
  g_cond_clear (&server->cond);
  g_free (server);
}

char *
polku_test_server_dup_url (PolkuTestServer *server,
                           const char      *mode)
{
  return g_strdup_printf ("http://127.0.0.1:%u/%s", server->port, mode);
}

GStrv
polku_test_server_dup_requests (PolkuTestServer *server)
{
  GStrv requests;

  g_mutex_lock (&server->lock);
  requests = g_new0 (char *, server->requests->len + 1);
  for (guint i = 0; i < server->requests->len; i++)
    requests[i] = g_strdup (g_ptr_array_index (server->requests, i));
  g_mutex_unlock (&server->lock);

  return requests;
}

void
polku_test_server_clear_requests (PolkuTestServer *server)
{
  g_mutex_lock (&server->lock);
  g_ptr_array_set_size (server->requests, 0);
  g_mutex_unlock (&server->lock);
}

char *
polku_test_server_dup_file_path (PolkuTestServer *server,
                                 gint64           peruste_id)
{
  Entry *entry = find_entry (server, peruste_id);

  return entry != NULL ? g_strdup (entry->path) : NULL;
}

char *
polku_test_closed_url (void)
{
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  guint16 port;

  /* Bind, note the port and let it go: nothing listens there. */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_socket_bind (socket, address, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
  g_socket_close (socket, NULL);

  return g_strdup_printf ("http://127.0.0.1:%u/ok", port);
}
