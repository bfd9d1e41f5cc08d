/* polku-eperusteet-client.c: finding and downloading perusteet from the ePerusteet API.
 *
 * Everything runs asynchronously in the caller's main context with libsoup 3; the
 * synchronous calls (for the command line) drive the same code in a private main
 * context with a private session, so that no connection outlives its context.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-eperusteet-client"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "polku-eperusteet-client.h"
#include "polku-exchange.h"

#define DEFAULT_TIMEOUT   30
#define DEFAULT_MAX_SIZE  (G_GUINT64_CONSTANT (64) * 1024 * 1024)
#define READ_CHUNK        (64 * 1024)
#define PAGE_SIZE         50
#define MAX_PAGES         4

/* ------------------------------------------------------------------------------------ */
/* PolkuPerusteHit */

struct _PolkuPerusteHit
{
  GObject  parent_instance;

  gint64   id;
  char    *diaarinumero;
  char    *name_fi;
  char    *name_sv;
  char    *koulutustyyppi;
  char    *valid_from;
  char    *valid_until;
};

G_DEFINE_FINAL_TYPE (PolkuPerusteHit, polku_peruste_hit, G_TYPE_OBJECT)

enum {
  HIT_PROP_0,
  HIT_PROP_ID,
  HIT_PROP_DIAARINUMERO,
  HIT_PROP_NAME_FI,
  HIT_PROP_NAME_SV,
  HIT_PROP_KOULUTUSTYYPPI,
  HIT_PROP_VALID_FROM,
  HIT_PROP_VALID_UNTIL,
  HIT_N_PROPS
};

static GParamSpec *hit_properties [HIT_N_PROPS];

static void
polku_peruste_hit_finalize (GObject *object)
{
  PolkuPerusteHit *self = (PolkuPerusteHit *)object;

  g_free (self->diaarinumero);
  g_free (self->name_fi);
  g_free (self->name_sv);
  g_free (self->koulutustyyppi);
  g_free (self->valid_from);
  g_free (self->valid_until);

  G_OBJECT_CLASS (polku_peruste_hit_parent_class)->finalize (object);
}

static void
polku_peruste_hit_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PolkuPerusteHit *self = POLKU_PERUSTE_HIT (object);

  switch (prop_id)
    {
    case HIT_PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case HIT_PROP_DIAARINUMERO:
      g_value_set_string (value, self->diaarinumero);
      break;
    case HIT_PROP_NAME_FI:
      g_value_set_string (value, self->name_fi);
      break;
    case HIT_PROP_NAME_SV:
      g_value_set_string (value, self->name_sv);
      break;
    case HIT_PROP_KOULUTUSTYYPPI:
      g_value_set_string (value, self->koulutustyyppi);
      break;
    case HIT_PROP_VALID_FROM:
      g_value_set_string (value, self->valid_from);
      break;
    case HIT_PROP_VALID_UNTIL:
      g_value_set_string (value, self->valid_until);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_peruste_hit_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PolkuPerusteHit *self = POLKU_PERUSTE_HIT (object);

  switch (prop_id)
    {
    case HIT_PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case HIT_PROP_DIAARINUMERO:
      self->diaarinumero = g_value_dup_string (value);
      break;
    case HIT_PROP_NAME_FI:
      self->name_fi = g_value_dup_string (value);
      break;
    case HIT_PROP_NAME_SV:
      self->name_sv = g_value_dup_string (value);
      break;
    case HIT_PROP_KOULUTUSTYYPPI:
      self->koulutustyyppi = g_value_dup_string (value);
      break;
    case HIT_PROP_VALID_FROM:
      self->valid_from = g_value_dup_string (value);
      break;
    case HIT_PROP_VALID_UNTIL:
      self->valid_until = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_peruste_hit_class_init (PolkuPerusteHitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = polku_peruste_hit_finalize;
  object_class->get_property = polku_peruste_hit_get_property;
  object_class->set_property = polku_peruste_hit_set_property;

  hit_properties[HIT_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  hit_properties[HIT_PROP_DIAARINUMERO] =
    g_param_spec_string ("diaarinumero", NULL, NULL, NULL, flags);
  hit_properties[HIT_PROP_NAME_FI] =
    g_param_spec_string ("name-fi", NULL, NULL, NULL, flags);
  hit_properties[HIT_PROP_NAME_SV] =
    g_param_spec_string ("name-sv", NULL, NULL, NULL, flags);
  hit_properties[HIT_PROP_KOULUTUSTYYPPI] =
    g_param_spec_string ("koulutustyyppi", NULL, NULL, NULL, flags);
  hit_properties[HIT_PROP_VALID_FROM] =
    g_param_spec_string ("valid-from", NULL, NULL, NULL, flags);
  hit_properties[HIT_PROP_VALID_UNTIL] =
    g_param_spec_string ("valid-until", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, HIT_N_PROPS, hit_properties);
}

static void
polku_peruste_hit_init (PolkuPerusteHit *self)
{
}

gint64
polku_peruste_hit_get_id (PolkuPerusteHit *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_HIT (self), 0);
  return self->id;
}

const char *
polku_peruste_hit_get_diaarinumero (PolkuPerusteHit *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_HIT (self), NULL);
  return self->diaarinumero;
}

const char *
polku_peruste_hit_get_name_fi (PolkuPerusteHit *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_HIT (self), NULL);
  return self->name_fi;
}

const char *
polku_peruste_hit_get_name_sv (PolkuPerusteHit *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_HIT (self), NULL);
  return self->name_sv;
}

const char *
polku_peruste_hit_get_name (PolkuPerusteHit *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_HIT (self), NULL);

  if (self->name_fi != NULL && *self->name_fi != '\0')
    return self->name_fi;
  if (self->name_sv != NULL && *self->name_sv != '\0')
    return self->name_sv;
  return self->diaarinumero != NULL ? self->diaarinumero : "";
}

const char *
polku_peruste_hit_get_koulutustyyppi (PolkuPerusteHit *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_HIT (self), NULL);
  return self->koulutustyyppi;
}

const char *
polku_peruste_hit_get_valid_from (PolkuPerusteHit *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_HIT (self), NULL);
  return self->valid_from;
}

const char *
polku_peruste_hit_get_valid_until (PolkuPerusteHit *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_HIT (self), NULL);
  return self->valid_until;
}

/* What we ask ePerusteet for: vocational (_1, _11, _12) and preparatory (_5, _18, _40). */
static const char * const requested_types[] = {
  "koulutustyyppi_1", "koulutustyyppi_11", "koulutustyyppi_12",
  "koulutustyyppi_5", "koulutustyyppi_18", "koulutustyyppi_40",
  NULL
};

gboolean
polku_eperusteet_koulutustyyppi_is_supported (const char *koulutustyyppi)
{
  if (koulutustyyppi == NULL)
    return FALSE;

  /* _26 is Koodisto's reformed perustutkinto: never sent, but seen in documents. */
  if (g_ascii_strcasecmp (koulutustyyppi, "koulutustyyppi_26") == 0)
    return TRUE;

  for (guint i = 0; requested_types[i] != NULL; i++)
    if (g_ascii_strcasecmp (koulutustyyppi, requested_types[i]) == 0)
      return TRUE;

  return FALSE;
}

/* ------------------------------------------------------------------------------------ */
/* PolkuEperusteetClient */

struct _PolkuEperusteetClient
{
  GObject      parent_instance;

  char        *base_url;
  guint        timeout;
  guint64      max_size;

  /* Owned; created on first use, in the caller's thread, and dropped when the
   * timeout changes (a session is configured only before its first request). */
  SoupSession *session;
};

G_DEFINE_FINAL_TYPE (PolkuEperusteetClient, polku_eperusteet_client, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BASE_URL,
  PROP_TIMEOUT,
  PROP_MAX_SIZE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods: errors */

static gboolean
is_offline_error (const GError *error)
{
  if (error->domain == G_RESOLVER_ERROR)
    return TRUE;

  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NETWORK_UNREACHABLE) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_HOST_NOT_FOUND) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PROXY_FAILED) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PROXY_NOT_ALLOWED) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PROXY_AUTH_FAILED) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PROXY_NEED_AUTH);
}

/* Turns a transport error into our own, naming the address; cancellation stays as it is. */
static GError *
translate_transport_error (GError     *error,
                           const char *url,
                           guint       timeout,
                           goffset     received)
{
  GError *translated;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return error;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    translated = g_error_new (POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TIMED_OUT,
                              /* Translators: %s is a web address, %u a number of seconds */
                              ngettext ("ePerusteet at %s stopped answering for %u second. "
                                        "Try again later, or import a peruste file saved from ePerusteet instead.",
                                        "ePerusteet at %s stopped answering for %u seconds. "
                                        "Try again later, or import a peruste file saved from ePerusteet instead.",
                                        timeout),
                              url, timeout);
  else if (is_offline_error (error))
    translated = g_error_new (POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NETWORK,
                              /* Translators: %s is a web address, the second %s the reason */
                              _("Could not reach ePerusteet at %s (%s). Check the network connection, "
                                "or import a peruste file saved from ePerusteet instead."),
                              url, error->message);
  else if (error->domain == G_TLS_ERROR)
    translated = g_error_new (POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NETWORK,
                              /* Translators: %s is a web address, the second %s the reason */
                              _("Could not make a secure connection to %s (%s). "
                                "Import a peruste file saved from ePerusteet instead."),
                              url, error->message);
  else if (received > 0 || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
    {
      g_autofree char *size = g_format_size (received);

      translated = g_error_new (POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TRUNCATED,
                                /* Translators: %s is a web address, the second %s an amount like "1.2 MB" */
                                _("The download from %s broke off after %s (%s). Try again."),
                                url, size, error->message);
    }
  else
    translated = g_error_new (POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NETWORK,
                              /* Translators: %s is a web address, the second %s the reason */
                              _("The connection to ePerusteet at %s failed (%s). "
                                "Try again later, or import a peruste file saved from ePerusteet instead."),
                              url, error->message);

  g_error_free (error);
  return translated;
}

static GError *
http_status_error (SoupMessage *message,
                   const char  *url)
{
  guint status = soup_message_get_status (message);
  const char *phrase = soup_message_get_reason_phrase (message);

  if (phrase == NULL || *phrase == '\0')
    phrase = soup_status_get_phrase (status);
  if (phrase == NULL)
    phrase = "";

  if (status == SOUP_STATUS_NOT_FOUND || status == SOUP_STATUS_GONE)
    return g_error_new (POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_FOUND,
                        /* Translators: %s is a web address; %u %s an HTTP status such as "404 Not Found" */
                        _("ePerusteet has nothing at %s (%u %s). Check the ePerusteet address in Preferences."),
                        url, status, phrase);

  if (status >= 500)
    return g_error_new (POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_HTTP,
                        /* Translators: %s is a web address; %u %s an HTTP status such as "500 Internal Server Error" */
                        _("ePerusteet at %s is not working right now (%u %s). Try again later, "
                          "or import a peruste file saved from ePerusteet instead."),
                        url, status, phrase);

  return g_error_new (POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_HTTP,
                      /* Translators: %s is a web address; %u %s an HTTP status such as "403 Forbidden" */
                      _("ePerusteet refused the request for %s (%u %s)."),
                      url, status, phrase);
}

static GError *
too_large_error (const char *url,
                 guint64     max_size)
{
  g_autofree char *size = g_format_size (max_size);

  return g_error_new (POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TOO_LARGE,
                      /* Translators: %s is a web address, the second %s a size like "64.0 MB" */
                      _("The answer from %s is larger than %s, more than any peruste; Polku does not accept it."),
                      url, size);
}

/* Why the answer is not JSON, in words the user can act on. */
static GError *
not_json_error (const char   *url,
                const char   *content_type,
                const GError *parse_error)
{
  if (content_type != NULL && g_str_has_prefix (content_type, "text/html"))
    return g_error_new (POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_JSON,
                        /* Translators: %s is a web address */
                        _("The answer from %s is a web page, not ePerusteet data. "
                          "Check the ePerusteet address in Preferences."),
                        url);

  return g_error_new (POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_JSON,
                      /* Translators: %s is a web address, the second %s the parser's complaint */
                      _("The answer from %s is not valid JSON (%s)."),
                      url, parse_error != NULL ? parse_error->message : "");
}

/* Auxiliary methods: addresses */

static char *
normalize_base_url (const char *base_url)
{
  g_autofree char *stripped = NULL;
  gsize len;

  if (base_url == NULL || *base_url == '\0')
    return g_strdup (POLKU_EPERUSTEET_DEFAULT_URL);

  stripped = g_strstrip (g_strdup (base_url));
  len = strlen (stripped);
  while (len > 0 && stripped[len - 1] == '/')
    stripped[--len] = '\0';

  return g_steal_pointer (&stripped);
}

static gboolean
check_base_url (const char  *base_url,
                GError     **error)
{
  g_autoptr(GUri) uri = g_uri_parse (base_url, G_URI_FLAGS_NONE, NULL);
  const char *scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;

  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0' ||
      (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0))
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_FAILED,
                   /* Translators: %s is what the user typed as the ePerusteet address */
                   _("“%s” is not a valid ePerusteet address: it must begin with https:// "
                     "(check the ePerusteet address in Preferences)."),
                   base_url);
      return FALSE;
    }

  return TRUE;
}

static void
append_param (GString    *url,
              const char *name,
              const char *value)
{
  g_autofree char *escaped = g_uri_escape_string (value, NULL, FALSE);

  g_string_append_c (url, strchr (url->str, '?') != NULL ? '&' : '?');
  g_string_append_printf (url, "%s=%s", name, escaped);
}

/* Auxiliary methods: values in answers */

static JsonNode *
member_node (JsonObject *object,
             const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? node : NULL;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = member_node (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonObject *
member_object (JsonObject *object,
               const char *name)
{
  JsonNode *node = member_node (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = member_node (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static gboolean
member_int (JsonObject *object,
            const char *name,
            gint64     *value)
{
  JsonNode *node = member_node (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      *value = json_node_get_int (node);
      return TRUE;
    case G_TYPE_DOUBLE:
      *value = (gint64) json_node_get_double (node);
      return TRUE;
    case G_TYPE_STRING:
      return g_ascii_string_to_signed (json_node_get_string (node), 10, G_MININT64, G_MAXINT64, value, NULL);
    default:
      return FALSE;
    }
}

static GTimeZone *
helsinki (void)
{
  static GTimeZone *zone;

  if (g_once_init_enter (&zone))
    {
      GTimeZone *found = g_time_zone_new_identifier ("Europe/Helsinki");

      g_once_init_leave (&zone, found != NULL ? found : g_time_zone_new_utc ());
    }

  return zone;
}

/* ePerusteet dates are midnight in Helsinki, as epoch milliseconds or (the spec says)
 * ISO date-times: both become YYYY-MM-DD. */
static char *
member_date (JsonObject *object,
             const char *name)
{
  JsonNode *node = member_node (object, name);
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      g_autoptr(GTimeZone) zone = g_time_zone_new_utc ();

      utc = g_date_time_new_from_iso8601 (text, zone);
      if (utc == NULL)
        {
          /* A bare date: take it as it is. */
          if (strlen (text) >= 10 && g_ascii_isdigit (text[0]) && text[4] == '-' && text[7] == '-')
            return g_strndup (text, 10);
          return NULL;
        }
    }
  else
    {
      gint64 ms;

      if (!member_int (object, name, &ms))
        return NULL;
      utc = g_date_time_new_from_unix_utc (ms / 1000);
      if (utc == NULL)
        return NULL;
    }

  local = g_date_time_to_timezone (utc, helsinki ());
  return local != NULL ? g_date_time_format (local, "%Y-%m-%d") : NULL;
}

static char *
localized (JsonObject *object,
           const char *name,
           const char *language)
{
  const char *text = member_string (member_object (object, name), language);

  return text != NULL && *text != '\0' ? g_strstrip (g_strdup (text)) : NULL;
}

static PolkuPerusteHit *
hit_from_json (JsonObject *object)
{
  g_autofree char *name_fi = NULL;
  g_autofree char *name_sv = NULL;
  g_autofree char *valid_from = NULL;
  g_autofree char *valid_until = NULL;
  const char *diaarinumero;
  const char *koulutustyyppi;
  gint64 id;

  if (!member_int (object, "id", &id) || id <= 0)
    return NULL;

  koulutustyyppi = member_string (object, "koulutustyyppi");
  if (!polku_eperusteet_koulutustyyppi_is_supported (koulutustyyppi))
    return NULL;

  diaarinumero = member_string (object, "diaarinumero");
  if (diaarinumero == NULL || *diaarinumero == '\0')
    return NULL;

  name_fi = localized (object, "nimi", "fi");
  name_sv = localized (object, "nimi", "sv");
  valid_from = member_date (object, "voimassaoloAlkaa");
  valid_until = member_date (object, "voimassaoloLoppuu");

  return g_object_new (POLKU_TYPE_PERUSTE_HIT,
                       "id", id,
                       "diaarinumero", diaarinumero,
                       "name-fi", name_fi,
                       "name-sv", name_sv,
                       "koulutustyyppi", koulutustyyppi,
                       "valid-from", valid_from,
                       "valid-until", valid_until,
                       NULL);
}

/* ------------------------------------------------------------------------------------ */
/* Fetching one address: the only place that talks HTTP. */

typedef struct
{
  SoupSession               *session;
  SoupMessage               *message;
  GInputStream              *stream;
  GByteArray                *buffer;
  char                      *url;
  char                      *shown_url;     /* without the query: for messages */
  char                      *content_type;
  goffset                    total;
  guint64                    max_size;
  guint                      timeout;
  PolkuDownloadProgressFunc  progress;
  gpointer                   progress_data;
  GDestroyNotify             progress_destroy;
} Fetch;

static void
fetch_end_progress (Fetch *fetch)
{
  if (fetch->progress_destroy != NULL)
    fetch->progress_destroy (fetch->progress_data);
  fetch->progress = NULL;
  fetch->progress_data = NULL;
  fetch->progress_destroy = NULL;
}

static void
fetch_free (Fetch *fetch)
{
  fetch_end_progress (fetch);
  g_clear_object (&fetch->stream);
  g_clear_object (&fetch->message);
  g_clear_object (&fetch->session);
  g_clear_pointer (&fetch->buffer, g_byte_array_unref);
  g_free (fetch->url);
  g_free (fetch->shown_url);
  g_free (fetch->content_type);
  g_free (fetch);
}

static void fetch_read_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data);

static void
fetch_return_error (GTask  *task,
                    GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);

  fetch_end_progress (fetch);
  g_task_return_error (task, error);
}

static void
fetch_close_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  GBytes *bytes;

  /* The body is complete; a failure to close only costs the connection. */
  g_input_stream_close_finish (G_INPUT_STREAM (object), result, NULL);

  fetch_end_progress (fetch);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&fetch->buffer));
  g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

static void
fetch_read_next (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (fetch->stream, READ_CHUNK, G_PRIORITY_DEFAULT,
                                   g_task_get_cancellable (task), fetch_read_cb,
                                   task);
}

static void
fetch_read_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GTask *task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GBytes) chunk = NULL;
  GError *error = NULL;

  chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  if (chunk == NULL)
    {
      fetch_return_error (task, translate_transport_error (error, fetch->shown_url, fetch->timeout,
                                                           fetch->buffer->len));
      g_object_unref (task);
      return;
    }

  if (g_bytes_get_size (chunk) == 0)
    {
      if (fetch->total >= 0 && (goffset) fetch->buffer->len < fetch->total)
        {
          g_autofree char *got = g_format_size (fetch->buffer->len);
          g_autofree char *expected = g_format_size (fetch->total);

          fetch_return_error (task, g_error_new (POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TRUNCATED,
                                                 /* Translators: %s is a web address, then two sizes like "1.2 MB" */
                                                 _("The download from %s broke off after %s of %s. Try again."),
                                                 fetch->shown_url, got, expected));
          g_object_unref (task);
          return;
        }

      g_input_stream_close_async (fetch->stream, G_PRIORITY_DEFAULT, NULL, fetch_close_cb, task);
      return;
    }

  if (fetch->buffer->len + g_bytes_get_size (chunk) > fetch->max_size)
    {
      fetch_return_error (task, too_large_error (fetch->shown_url, fetch->max_size));
      g_object_unref (task);
      return;
    }

  g_byte_array_append (fetch->buffer, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));

  if (fetch->progress != NULL)
    fetch->progress (fetch->buffer->len, fetch->total, fetch->progress_data);

  fetch_read_next (task);
}

static void
fetch_send_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GTask *task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessageHeaders *headers;
  GError *error = NULL;

  fetch->stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (fetch->stream == NULL)
    {
      fetch_return_error (task, translate_transport_error (error, fetch->shown_url, fetch->timeout, 0));
      g_object_unref (task);
      return;
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (fetch->message)))
    {
      fetch_return_error (task, http_status_error (fetch->message, fetch->shown_url));
      g_object_unref (task);
      return;
    }

  headers = soup_message_get_response_headers (fetch->message);
  fetch->content_type = g_strdup (soup_message_headers_get_content_type (headers, NULL));

  /* With a content coding the length counts compressed bytes, not what we read. */
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_one (headers, "Content-Encoding") == NULL)
    fetch->total = soup_message_headers_get_content_length (headers);

  if (fetch->total > 0 && (guint64) fetch->total > fetch->max_size)
    {
      fetch_return_error (task, too_large_error (fetch->shown_url, fetch->max_size));
      g_object_unref (task);
      return;
    }

  if (fetch->progress != NULL)
    fetch->progress (0, fetch->total, fetch->progress_data);

  fetch_read_next (task);
}

/* Returns GBytes; the task data (Fetch) keeps the content type for the caller. */
static GTask *
fetch_start (gpointer                   source_object,
             SoupSession               *session,
             const char                *url,
             guint                      timeout,
             guint64                    max_size,
             GCancellable              *cancellable,
             PolkuDownloadProgressFunc  progress,
             gpointer                   progress_data,
             GDestroyNotify             progress_destroy,
             GAsyncReadyCallback        callback,
             gpointer                   user_data)
{
  GTask *task;
  Fetch *fetch;

  fetch = g_new0 (Fetch, 1);
  fetch->session = g_object_ref (session);
  fetch->url = g_strdup (url);
  fetch->shown_url = strchr (url, '?') != NULL ? g_strndup (url, strchr (url, '?') - url) : g_strdup (url);
  fetch->total = -1;
  fetch->max_size = max_size;
  fetch->timeout = timeout;
  fetch->buffer = g_byte_array_new ();
  fetch->progress = progress;
  fetch->progress_data = progress_data;
  fetch->progress_destroy = progress_destroy;

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, fetch_start);
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);

  fetch->message = soup_message_new ("GET", url);
  if (fetch->message == NULL)
    {
      fetch_return_error (task, g_error_new (POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_FAILED,
                                             /* Translators: %s is a web address */
                                             _("“%s” is not a valid address."), url));
      return task;
    }

  soup_message_headers_replace (soup_message_get_request_headers (fetch->message),
                                "Accept", "application/json");
  soup_session_send_async (session, fetch->message, G_PRIORITY_DEFAULT, cancellable,
                           fetch_send_cb, g_object_ref (task));
  return task;
}

static GBytes *
fetch_finish (GAsyncResult  *result,
              char         **content_type,
              GError       **error)
{
  Fetch *fetch = g_task_get_task_data (G_TASK (result));

  if (content_type != NULL)
    *content_type = g_strdup (fetch->content_type);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ------------------------------------------------------------------------------------ */
/* Sessions */

static SoupSession *
new_session (guint timeout)
{
  g_autofree char *agent = g_strdup_printf ("Polku/%s ", PACKAGE_VERSION);

  return soup_session_new_with_options ("timeout", timeout,
                                        "user-agent", agent,
                                        NULL);
}

static SoupSession *
get_session (PolkuEperusteetClient *self)
{
  if (self->session == NULL)
    self->session = new_session (self->timeout);

  return self->session;
}

/* Runs an async operation to completion in a private main context. */
typedef struct
{
  GMainContext *context;
  SoupSession  *session;
  GAsyncResult *result;
} SyncRun;

static void
sync_run_begin (SyncRun               *run,
                PolkuEperusteetClient *self)
{
  run->context = g_main_context_new ();
  g_main_context_push_thread_default (run->context);
  run->session = new_session (self->timeout);
  run->result = NULL;
}

static void
sync_run_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  SyncRun *run = user_data;

  run->result = g_object_ref (result);
}

static void
sync_run_wait (SyncRun *run)
{
  while (run->result == NULL)
    g_main_context_iteration (run->context, TRUE);
}

static void
sync_run_end (SyncRun *run)
{
  soup_session_abort (run->session);
  g_clear_object (&run->session);
  g_clear_object (&run->result);

  /* Let closing connections finish before the context goes. */
  while (g_main_context_pending (run->context))
    g_main_context_iteration (run->context, FALSE);

  g_main_context_pop_thread_default (run->context);
  g_main_context_unref (run->context);
}

/* ------------------------------------------------------------------------------------ */
/* Search */

typedef enum
{
  QUERY_NAME,
  QUERY_DIAARINUMERO,
  QUERY_CODE,
  QUERY_DIGITS,
} QueryKind;

typedef struct
{
  SoupSession *session;
  char        *query;
  GPtrArray   *requests;     /* char *: a URL without sivu/sivukoko */
  GArray      *optional;     /* gboolean per request: a failing variant is skipped */
  guint        request;
  guint        page;
  gboolean     tried_swedish;
  QueryKind    kind;
  GListStore  *hits;
  GHashTable  *seen;         /* gint64 id */
} Search;

static void
search_free (Search *search)
{
  g_clear_object (&search->session);
  g_free (search->query);
  g_ptr_array_unref (search->requests);
  g_array_unref (search->optional);
  g_clear_object (&search->hits);
  g_hash_table_unref (search->seen);
  g_free (search);
}

static QueryKind
classify_query (const char *query)
{
  /* OPH-5410-2021, 59/011/2014, and partial forms of them as typed. */
  if (g_regex_match_simple ("^(OPH-[0-9]+(-[0-9]{0,4})?|[0-9]{1,4}/[0-9]{1,3}(/[0-9]{0,4})?)$",
                            query, G_REGEX_CASELESS, 0))
    return QUERY_DIAARINUMERO;

  if (g_regex_match_simple ("^[a-z]+_[0-9]+$", query, G_REGEX_CASELESS, 0))
    return QUERY_CODE;

  if (g_regex_match_simple ("^[0-9]{5,6}$", query, 0, 0))
    return QUERY_DIGITS;

  return QUERY_NAME;
}

static char *
search_url (const char *base_url,
            const char *param,
            const char *value,
            const char *tyyppi,
            const char *language)
{
  GString *url = g_string_new (base_url);

  g_string_append (url, "/api/external/perusteet");
  for (guint i = 0; requested_types[i] != NULL; i++)
    append_param (url, "koulutustyyppi", requested_types[i]);
  append_param (url, param, value);
  append_param (url, "kieli", language);
  if (tyyppi != NULL)
    append_param (url, "tyyppi", tyyppi);

  return g_string_free (url, FALSE);
}

static void
search_add_request (Search     *search,
                    char       *url,
                    gboolean    optional)
{
  g_ptr_array_add (search->requests, url);
  g_array_append_val (search->optional, optional);
}

static void
search_plan (Search     *search,
             const char *base_url,
             const char *language)
{
  g_autofree char *lower = g_ascii_strdown (search->query, -1);
  g_autofree char *upper = g_ascii_strup (search->query, -1);

  /* The common units (YTO) are published as tyyppi=amosaayhteinen, which a plain
   * search leaves out: ask for them too. */
  switch (search->kind)
    {
    case QUERY_DIAARINUMERO:
      search_add_request (search, search_url (base_url, "diaarinumero", upper, NULL, language), FALSE);
      search_add_request (search, search_url (base_url, "diaarinumero", upper, "amosaayhteinen", language), TRUE);
      break;

    case QUERY_CODE:
      search_add_request (search, search_url (base_url, "koodi", lower, NULL, language), FALSE);
      search_add_request (search, search_url (base_url, "koodi", lower, "amosaayhteinen", language), TRUE);
      break;

    case QUERY_DIGITS:
      {
        g_autofree char *koulutus = g_strconcat ("koulutus_", search->query, NULL);
        g_autofree char *unit = g_strconcat ("tutkinnonosat_", search->query, NULL);

        search_add_request (search, search_url (base_url, "koodi", koulutus, NULL, language), FALSE);
        search_add_request (search, search_url (base_url, "koodi", unit, NULL, language), TRUE);
        search_add_request (search, search_url (base_url, "koodi", unit, "amosaayhteinen", language), TRUE);
      }
      break;

    case QUERY_NAME:
    default:
      search_add_request (search, search_url (base_url, "nimi", search->query, NULL, language), FALSE);
      search_add_request (search, search_url (base_url, "nimi", search->query, "amosaayhteinen", language), TRUE);
      break;
    }
}

static void
search_add_hit (Search     *search,
                JsonObject *object)
{
  g_autoptr(PolkuPerusteHit) hit = hit_from_json (object);

  if (hit == NULL || g_hash_table_contains (search->seen, &hit->id))
    return;

  g_hash_table_add (search->seen, g_memdup2 (&hit->id, sizeof hit->id));
  g_list_store_append (search->hits, hit);
}

/* Reads one page; returns whether it was the last one. */
static gboolean
search_parse_page (Search      *search,
                   GBytes      *bytes,
                   const char  *url,
                   const char  *content_type,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  JsonObject *page;
  JsonArray *content;
  gint64 number = 0, total_pages = 0;
  JsonNode *last;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   &parse_error))
    {
      g_propagate_error (error, not_json_error (url, content_type, parse_error));
      return TRUE;
    }

  page = JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser))
         ? json_node_get_object (json_parser_get_root (parser)) : NULL;
  content = member_array (page, "content");
  if (content == NULL)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_FAILED,
                   /* Translators: %s is a web address */
                   _("The answer from %s is not an ePerusteet search result. "
                     "Check the ePerusteet address in Preferences."),
                   url);
      return TRUE;
    }

  for (guint i = 0; i < json_array_get_length (content); i++)
    {
      JsonNode *node = json_array_get_element (content, i);
      JsonObject *item;
      const char *kind;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      item = json_node_get_object (node);
      kind = member_string (item, "sisaltotyyppi");

      /* A unit hit's id is the unit's, not a peruste's: take the perusteet it belongs to. */
      if (kind != NULL && g_ascii_strcasecmp (kind, "peruste") != 0)
        {
          JsonArray *perusteet = member_array (item, "perusteet");

          for (guint j = 0; perusteet != NULL && j < json_array_get_length (perusteet); j++)
            {
              JsonNode *peruste = json_array_get_element (perusteet, j);

              if (JSON_NODE_HOLDS_OBJECT (peruste))
                search_add_hit (search, json_node_get_object (peruste));
            }
          continue;
        }

      search_add_hit (search, item);
    }

  last = member_node (page, "last");
  if (last != NULL && JSON_NODE_HOLDS_VALUE (last) && json_node_get_value_type (last) == G_TYPE_BOOLEAN)
    return json_node_get_boolean (last);

  if (member_int (page, "number", &number) && member_int (page, "totalPages", &total_pages))
    return number + 1 >= total_pages;

  return json_array_get_length (content) < PAGE_SIZE;
}

/* The service's order is its own; people scan names. */
static int
compare_hits (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  PolkuPerusteHit *hit_a = (PolkuPerusteHit *) a;
  PolkuPerusteHit *hit_b = (PolkuPerusteHit *) b;
  int order = g_utf8_collate (polku_peruste_hit_get_name (hit_a), polku_peruste_hit_get_name (hit_b));

  return order != 0 ? order : g_strcmp0 (hit_a->diaarinumero, hit_b->diaarinumero);
}

static void search_fetch_cb (GObject      *object,
                             GAsyncResult *result,
                             gpointer      user_data);

static void
search_next (GTask *task)
{
  Search *search = g_task_get_task_data (task);
  PolkuEperusteetClient *self = g_task_get_source_object (task);
  g_autoptr(GTask) fetch = NULL;
  g_autoptr(GString) url = NULL;
  g_autofree char *page = NULL;
  g_autofree char *size = NULL;

  if (search->request >= search->requests->len)
    {
      /* Nothing in Finnish: the user may have typed a Swedish name. */
      if (search->kind == QUERY_NAME && !search->tried_swedish &&
          g_list_model_get_n_items (G_LIST_MODEL (search->hits)) == 0)
        {
          search->tried_swedish = TRUE;
          search_plan (search, self->base_url, "sv");
        }
      else
        {
          g_list_store_sort (search->hits, compare_hits, NULL);
          g_task_return_pointer (task, g_object_ref (search->hits), g_object_unref);
          return;
        }
    }

  url = g_string_new (g_ptr_array_index (search->requests, search->request));
  page = g_strdup_printf ("%u", search->page);
  size = g_strdup_printf ("%u", PAGE_SIZE);
  append_param (url, "sivu", page);
  append_param (url, "sivukoko", size);

  fetch = fetch_start (self, search->session, url->str, self->timeout, self->max_size,
                       g_task_get_cancellable (task), NULL, NULL, NULL,
                       search_fetch_cb, g_object_ref (task));
}

static void
search_fetch_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Search *search = g_task_get_task_data (task);
  Fetch *fetch = g_task_get_task_data (G_TASK (result));
  g_autofree char *content_type = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gboolean optional = g_array_index (search->optional, gboolean, search->request);
  gboolean last = TRUE;

  bytes = fetch_finish (result, &content_type, &error);
  if (bytes != NULL)
    last = search_parse_page (search, bytes, fetch->shown_url, content_type, &error);

  if (error != NULL)
    {
      /* A variant ePerusteet does not know is no reason to fail the whole search;
       * an unreachable server or a cancellation is. */
      if (!optional || !g_error_matches (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_HTTP))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      last = TRUE;
    }

  if (last || search->page + 1 >= MAX_PAGES)
    {
      search->request++;
      search->page = 0;
    }
  else
    search->page++;

  search_next (task);
}

static void
search_start (PolkuEperusteetClient *self,
              SoupSession           *session,
              const char            *query,
              GCancellable          *cancellable,
              GAsyncReadyCallback    callback,
              gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Search *search;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_eperusteet_client_search_async);

  search = g_new0 (Search, 1);
  search->session = g_object_ref (session);
  search->query = g_strstrip (g_strdup (query != NULL ? query : ""));
  search->requests = g_ptr_array_new_with_free_func (g_free);
  search->optional = g_array_new (FALSE, FALSE, sizeof (gboolean));
  search->hits = g_list_store_new (POLKU_TYPE_PERUSTE_HIT);
  search->seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  search->kind = classify_query (search->query);
  g_task_set_task_data (task, search, (GDestroyNotify) search_free);

  if (!check_base_url (self->base_url, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* An empty query finds nothing rather than the whole of ePerusteet. */
  if (*search->query == '\0')
    {
      g_task_return_pointer (task, g_object_ref (search->hits), g_object_unref);
      return;
    }

  search_plan (search, self->base_url, "fi");
  search_next (task);
}

/* ------------------------------------------------------------------------------------ */
/* Download */

typedef struct
{
  char *url;
} Download;

static void
download_free (Download *download)
{
  g_free (download->url);
  g_free (download);
}

/* A document that began as JSON and does not end as one was cut short on the way. */
static gboolean
looks_cut_short (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gsize first = 0, last = size;

  while (first < size && g_ascii_isspace (data[first]))
    first++;
  while (last > first && g_ascii_isspace (data[last - 1]))
    last--;

  return last > first && (data[first] == '{' || data[first] == '[') &&
         data[last - 1] != '}' && data[last - 1] != ']';
}

static void
download_check_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  GBytes *bytes = task_data;
  Download *download = g_object_get_data (G_OBJECT (task), "polku-download");
  const char *content_type = g_object_get_data (G_OBJECT (task), "polku-content-type");
  JsonNode *root;
  JsonObject *object;

  /* Parse once here so that garbage is reported with the address; the importer
   * parses again, which costs far less than the download. */
  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   &parse_error))
    {
      if (looks_cut_short (bytes))
        {
          g_autofree char *size = g_format_size (g_bytes_get_size (bytes));

          g_task_return_new_error (task, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TRUNCATED,
                                   /* Translators: %s is a web address, the second %s a size like "1.2 MB" */
                                   _("The answer from %s stops in the middle of the document, after %s. Try again."),
                                   download->url, size);
          return;
        }

      g_task_return_error (task, not_json_error (download->url, content_type, parse_error));
      return;
    }

  root = json_parser_get_root (parser);
  object = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (object == NULL || member_string (object, "diaarinumero") == NULL)
    {
      g_task_return_new_error (task, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_A_PERUSTE,
                               /* Translators: %s is a web address */
                               _("The answer from %s is not a peruste document."),
                               download->url);
      return;
    }

  g_task_return_pointer (task, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
}

static void
download_fetch_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autofree char *content_type = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  bytes = fetch_finish (result, &content_type, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_object_set_data_full (G_OBJECT (task), "polku-content-type", g_steal_pointer (&content_type), g_free);
  g_task_set_task_data (task, g_steal_pointer (&bytes), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, download_check_thread);
}

static void
download_start (PolkuEperusteetClient     *self,
                SoupSession               *session,
                gint64                     peruste_id,
                GCancellable              *cancellable,
                PolkuDownloadProgressFunc  progress,
                gpointer                   progress_data,
                GDestroyNotify             progress_destroy,
                GAsyncReadyCallback        callback,
                gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) fetch = NULL;
  g_autoptr(GError) error = NULL;
  Download *download;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_eperusteet_client_download_async);

  download = g_new0 (Download, 1);
  download->url = polku_eperusteet_client_dup_peruste_url (self, peruste_id);
  g_object_set_data_full (G_OBJECT (task), "polku-download", download, (GDestroyNotify) download_free);

  if (!check_base_url (self->base_url, &error))
    {
      if (progress_destroy != NULL)
        progress_destroy (progress_data);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  fetch = fetch_start (self, session, download->url, self->timeout, self->max_size, cancellable,
                       progress, progress_data, progress_destroy,
                       download_fetch_cb, g_object_ref (task));
}

/* ------------------------------------------------------------------------------------ */
/* GObject overrides */

static void
polku_eperusteet_client_finalize (GObject *object)
{
  PolkuEperusteetClient *self = (PolkuEperusteetClient *)object;

  g_clear_object (&self->session);
  g_free (self->base_url);

  G_OBJECT_CLASS (polku_eperusteet_client_parent_class)->finalize (object);
}

static void
polku_eperusteet_client_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PolkuEperusteetClient *self = POLKU_EPERUSTEET_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      g_value_set_string (value, self->base_url);
      break;
    case PROP_TIMEOUT:
      g_value_set_uint (value, self->timeout);
      break;
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_eperusteet_client_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PolkuEperusteetClient *self = POLKU_EPERUSTEET_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      polku_eperusteet_client_set_base_url (self, g_value_get_string (value));
      break;
    case PROP_TIMEOUT:
      polku_eperusteet_client_set_timeout (self, g_value_get_uint (value));
      break;
    case PROP_MAX_SIZE:
      polku_eperusteet_client_set_max_size (self, g_value_get_uint64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_eperusteet_client_class_init (PolkuEperusteetClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = polku_eperusteet_client_finalize;
  object_class->get_property = polku_eperusteet_client_get_property;
  object_class->set_property = polku_eperusteet_client_set_property;

  properties[PROP_BASE_URL] =
    g_param_spec_string ("base-url", NULL, NULL,
                         POLKU_EPERUSTEET_DEFAULT_URL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL,
                       1, 3600, DEFAULT_TIMEOUT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL,
                         1, G_MAXUINT64, DEFAULT_MAX_SIZE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_eperusteet_client_init (PolkuEperusteetClient *self)
{
  self->base_url = g_strdup (POLKU_EPERUSTEET_DEFAULT_URL);
  self->timeout = DEFAULT_TIMEOUT;
  self->max_size = DEFAULT_MAX_SIZE;
}

/* ------------------------------------------------------------------------------------ */
/* Public API */

PolkuEperusteetClient *
polku_eperusteet_client_new (const char *base_url)
{
  return g_object_new (POLKU_TYPE_EPERUSTEET_CLIENT,
                       "base-url", base_url,
                       NULL);
}

const char *
polku_eperusteet_client_get_base_url (PolkuEperusteetClient *self)
{
  g_return_val_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self), NULL);
  return self->base_url;
}

void
polku_eperusteet_client_set_base_url (PolkuEperusteetClient *self,
                                      const char            *base_url)
{
  g_autofree char *normalized = NULL;

  g_return_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self));

  normalized = normalize_base_url (base_url);
  if (g_strcmp0 (normalized, self->base_url) == 0)
    return;

  g_free (self->base_url);
  self->base_url = g_steal_pointer (&normalized);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
}

guint
polku_eperusteet_client_get_timeout (PolkuEperusteetClient *self)
{
  g_return_val_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self), 0);
  return self->timeout;
}

void
polku_eperusteet_client_set_timeout (PolkuEperusteetClient *self,
                                     guint                  seconds)
{
  g_return_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self));
  g_return_if_fail (seconds > 0);

  if (self->timeout == seconds)
    return;

  self->timeout = seconds;
  /* Running requests keep their own reference to the old session. */
  g_clear_object (&self->session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

guint64
polku_eperusteet_client_get_max_size (PolkuEperusteetClient *self)
{
  g_return_val_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self), 0);
  return self->max_size;
}

void
polku_eperusteet_client_set_max_size (PolkuEperusteetClient *self,
                                      guint64                max_size)
{
  g_return_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self));
  g_return_if_fail (max_size > 0);

  if (self->max_size == max_size)
    return;

  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

char *
polku_eperusteet_client_dup_peruste_url (PolkuEperusteetClient *self,
                                         gint64                 peruste_id)
{
  g_return_val_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self), NULL);

  return g_strdup_printf ("%s/api/external/peruste/%" G_GINT64_FORMAT, self->base_url, peruste_id);
}

void
polku_eperusteet_client_search_async (PolkuEperusteetClient *self,
                                      const char            *query,
                                      GCancellable          *cancellable,
                                      GAsyncReadyCallback    callback,
                                      gpointer               user_data)
{
  g_return_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  search_start (self, get_session (self), query, cancellable, callback, user_data);
}

GListModel *
polku_eperusteet_client_search_finish (PolkuEperusteetClient  *self,
                                       GAsyncResult           *result,
                                       GError                **error)
{
  g_return_val_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GListModel *
polku_eperusteet_client_search (PolkuEperusteetClient  *self,
                                const char             *query,
                                GCancellable           *cancellable,
                                GError                **error)
{
  SyncRun run;
  GListModel *hits;

  g_return_val_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  sync_run_begin (&run, self);
  search_start (self, run.session, query, cancellable, sync_run_done_cb, &run);
  sync_run_wait (&run);
  hits = polku_eperusteet_client_search_finish (self, run.result, error);
  sync_run_end (&run);

  return hits;
}

void
polku_eperusteet_client_download_async (PolkuEperusteetClient     *self,
                                        gint64                     peruste_id,
                                        GCancellable              *cancellable,
                                        PolkuDownloadProgressFunc  progress,
                                        gpointer                   progress_data,
                                        GDestroyNotify             progress_destroy,
                                        GAsyncReadyCallback        callback,
                                        gpointer                   user_data)
{
  g_return_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self));
  g_return_if_fail (peruste_id > 0);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  download_start (self, get_session (self), peruste_id, cancellable,
                  progress, progress_data, progress_destroy, callback, user_data);
}

GBytes *
polku_eperusteet_client_download_finish (PolkuEperusteetClient  *self,
                                         GAsyncResult           *result,
                                         GError                **error)
{
  g_return_val_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GBytes *
polku_eperusteet_client_download (PolkuEperusteetClient  *self,
                                  gint64                  peruste_id,
                                  GCancellable           *cancellable,
                                  GError                **error)
{
  SyncRun run;
  GBytes *bytes;

  g_return_val_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self), NULL);
  g_return_val_if_fail (peruste_id > 0, NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  sync_run_begin (&run, self);
  download_start (self, run.session, peruste_id, cancellable, NULL, NULL, NULL, sync_run_done_cb, &run);
  sync_run_wait (&run);
  bytes = polku_eperusteet_client_download_finish (self, run.result, error);
  sync_run_end (&run);

  return bytes;
}

gint64
polku_eperusteet_client_find_by_diaarinumero (PolkuEperusteetClient  *self,
                                              const char             *diaarinumero,
                                              GCancellable           *cancellable,
                                              GError                **error)
{
  g_autoptr(GListModel) hits = NULL;
  g_autofree char *wanted = NULL;

  g_return_val_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self), 0);
  g_return_val_if_fail (diaarinumero != NULL, 0);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), 0);

  wanted = g_strstrip (g_strdup (diaarinumero));
  if (classify_query (wanted) != QUERY_DIAARINUMERO)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_FOUND,
                   /* Translators: %s is what the user gave as a diaarinumero */
                   _("“%s” is not a diaarinumero; they look like OPH-5410-2021 or 59/011/2014."),
                   wanted);
      return 0;
    }

  hits = polku_eperusteet_client_search (self, wanted, cancellable, error);
  if (hits == NULL)
    return 0;

  /* The API matches diaarinumerot partially: OPH-901-2020 also finds OPH-9011-2020. */
  for (guint i = 0; i < g_list_model_get_n_items (hits); i++)
    {
      g_autoptr(PolkuPerusteHit) hit = g_list_model_get_item (hits, i);

      if (g_ascii_strcasecmp (hit->diaarinumero, wanted) == 0)
        return hit->id;
    }

  g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_FOUND,
               /* Translators: the first %s is a web address, the second a diaarinumero */
               _("ePerusteet at %s has no vocational or preparatory peruste with the diaarinumero %s."),
               self->base_url, wanted);
  return 0;
}

GBytes *
polku_eperusteet_client_fetch_by_diaarinumero (PolkuEperusteetClient  *self,
                                               const char             *diaarinumero,
                                               GCancellable           *cancellable,
                                               GError                **error)
{
  gint64 id;

  g_return_val_if_fail (POLKU_IS_EPERUSTEET_CLIENT (self), NULL);
  g_return_val_if_fail (diaarinumero != NULL, NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  id = polku_eperusteet_client_find_by_diaarinumero (self, diaarinumero, cancellable, error);
  if (id == 0)
    return NULL;

  return polku_eperusteet_client_download (self, id, cancellable, error);
}
