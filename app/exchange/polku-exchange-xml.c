/* polku-exchange-xml.c: writing and reading the XML exchange files.
 *
 * Reading treats every file as hostile: size limit before parsing, UTF-8 only,
 * no DOCTYPE or entity declarations at all, no network, no entity substitution,
 * no DTD loading, libxml2's own limits (no XML_PARSE_HUGE), then the RELAX NG
 * schema. Only then is the content looked at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-exchange-xml"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include "polku-exchange.h"
#include "polku-exchange-xml.h"
#include "polku-store-catalogue-units.h"
#include "polku-store-exchange.h"
#include "polku-store-learners.h"
#include "polku-store-resources.h"
#include "polku-store-workshop.h"

#define SCHEMA_RESOURCE "/io/github/polku/Polku/schema/polku-exchange.rng"
/* The minor part of POLKU_EXCHANGE_FORMAT_VERSION. */
#define POLKU_EXCHANGE_FORMAT_MINOR 0
#define NS ((const xmlChar *) POLKU_EXCHANGE_NAMESPACE)
#define X(s) ((const xmlChar *) (s))

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* ------------------------------------------------------------------ kinds */

static const char * const kind_names[] = { "package", "decisions", "task-map" };

const char *
polku_exchange_kind_to_string (PolkuExchangeKind kind)
{
  g_return_val_if_fail (kind <= POLKU_EXCHANGE_TASK_MAP, NULL);
  return kind_names[kind];
}

const char *
polku_exchange_kind_get_title (PolkuExchangeKind kind)
{
  switch (kind)
    {
    case POLKU_EXCHANGE_PACKAGE:
      return _("Competence package");
    case POLKU_EXCHANGE_DECISIONS:
      return _("Teacher’s decisions");
    case POLKU_EXCHANGE_TASK_MAP:
      return _("Task map");
    default:
      g_return_val_if_reached (NULL);
    }
}

void
polku_package_options_init (PolkuPackageOptions *options)
{
  g_return_if_fail (options != NULL);
  memset (options, 0, sizeof *options);
}

static const char * const decision_names[] = { NULL, "recognised", "not_recognised", "more_evidence" };

static PolkuTeacherDecision
decision_from_string (const char *text)
{
  for (guint i = 1; i < G_N_ELEMENTS (decision_names); i++)
    if (g_strcmp0 (text, decision_names[i]) == 0)
      return (PolkuTeacherDecision) i;
  return POLKU_TEACHER_DECISION_NONE;
}

/* ------------------------------------------------------------ the schema */

static xmlRelaxNGPtr
get_schema (void)
{
  static xmlRelaxNGPtr schema = NULL;

  if (g_once_init_enter (&schema))
    {
      g_autoptr(GBytes) bytes = NULL;
      xmlRelaxNGParserCtxtPtr ctxt;
      xmlRelaxNGPtr parsed;

      bytes = g_resource_lookup_data (polku_store_get_resource (), SCHEMA_RESOURCE,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert (bytes != NULL);
      ctxt = xmlRelaxNGNewMemParserCtxt (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes));
      parsed = xmlRelaxNGParse (ctxt);
      xmlRelaxNGFreeParserCtxt (ctxt);
      g_assert (parsed != NULL);
      g_once_init_leave (&schema, parsed);
    }

  return schema;
}

typedef struct
{
  char *message;
  int   line;
} FirstError;

static void
collect_error (void        *user_data,
               xmlErrorPtr  error)
{
  FirstError *first = user_data;

  if (first->message != NULL || error == NULL)
    return;

  first->message = g_strstrip (g_strdup (error->message != NULL ? error->message : ""));
  first->line = error->line;
  if (first->line == 0 && error->node != NULL)
    first->line = (int) xmlGetLineNo ((xmlNodePtr) error->node);
}

/* TRUE when @doc follows the schema; else the first problem in @error. */
static gboolean
validate (xmlDoc      *doc,
          const char  *name,
          GError     **error)
{
  xmlRelaxNGValidCtxtPtr ctxt = xmlRelaxNGNewValidCtxt (get_schema ());
  FirstError first = { NULL, 0 };
  int rc;

  xmlRelaxNGSetValidStructuredErrors (ctxt, collect_error, &first);
  rc = xmlRelaxNGValidateDoc (ctxt, doc);
  xmlRelaxNGFreeValidCtxt (ctxt);

  if (rc != 0 && first.line <= 0)
    {
      /* Translators: the first %s is a file name, the second libxml2's (English)
       * description of the problem. */
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_INVALID,
                   _("“%s” does not follow the Polku exchange format: %s"),
                   name, first.message != NULL ? first.message : "?");
      g_free (first.message);
      return FALSE;
    }

  if (rc != 0)
    {
      /* Translators: the first %s is a file name, %d a line number, the last %s
       * libxml2's (English) description of the problem. */
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_INVALID,
                   _("“%s” does not follow the Polku exchange format (line %d): %s"),
                   name, first.line, first.message != NULL ? first.message : "?");
      g_free (first.message);
      return FALSE;
    }

  g_free (first.message);
  return TRUE;
}

/* --------------------------------------------------------------- reading */

static gboolean
contains (const char *data,
          gsize       size,
          const char *needle)
{
  return g_strstr_len (data, (gssize) size, needle) != NULL;
}

static int
count_lines (const char *data,
             gsize       size)
{
  int lines = 1;

  for (gsize i = 0; i < size; i++)
    lines += data[i] == '\n';
  return lines;
}

/* The encoding named in the XML declaration, or NULL. */
static char *
declared_encoding (const char *data,
                   gsize       size)
{
  g_autofree char *head = NULL;
  const char *end, *at;
  char quote;

  if (size < 5 || memcmp (data, "<?xml", 5) != 0)
    return NULL;

  end = memchr (data, '>', MIN (size, 256));
  if (end == NULL)
    return NULL;

  head = g_strndup (data, (gsize) (end - data));
  at = strstr (head, "encoding");
  if (at == NULL)
    return NULL;

  at += strlen ("encoding");
  while (*at == ' ' || *at == '=' || *at == '\t')
    at++;
  quote = *at;
  if (quote != '"' && quote != '\'')
    return g_strdup ("?");
  at++;
  end = strchr (at, quote);
  if (end == NULL)
    return g_strdup ("?");

  return g_strndup (at, (gsize) (end - at));
}

/* Most attributes any element of the format has is six; libxml2 checks
 * duplicate attributes pairwise, so a start tag with 100,000 of them takes
 * minutes. Counted in the raw bytes before parsing: '=' between a '<' that
 * starts a tag and the next '>'. */
#define MAX_ATTRIBUTES 64

static gboolean
too_many_attributes (const char *data,
                     gsize       size,
                     guint      *n_tags)
{
  guint in_tag = 0;
  gboolean inside = FALSE;

  *n_tags = 0;
  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (c == '<')
        {
          inside = i + 1 < size && (g_ascii_isalpha (data[i + 1]) || data[i + 1] == '_' || data[i + 1] == ':');
          *n_tags += inside;
          in_tag = 0;
        }
      else if (c == '>')
        inside = FALSE;
      else if (c == '=' && inside && ++in_tag > MAX_ATTRIBUTES)
        return TRUE;
    }

  return FALSE;
}

/* libxml2's RELAX NG validation is quadratic in the length of a list
 * (100,000 tasks: 15 s), so lists and the whole tree are bounded first. A
 * package of a whole qualification has some 2,300 items. */
#define MAX_LIST_LENGTH 5000
#define MAX_ELEMENTS 50000

static gboolean
too_many_elements (xmlNodePtr  node,
                   guint      *total)
{
  guint n_children = 0;

  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      {
        if (++n_children > MAX_LIST_LENGTH || ++*total > MAX_ELEMENTS)
          return TRUE;
        if (too_many_elements (c, total))
          return TRUE;
      }

  return FALSE;
}

/* A cut in the middle of a multi-byte character is truncation, not another
 * encoding. */
static gboolean
ends_in_partial_character (const char *data,
                           gsize       size,
                           const char *invalid)
{
  gsize rest = size - (gsize) (invalid - data);

  return rest > 0 && rest < 4 && *invalid != '\0' &&
         g_utf8_get_char_validated (invalid, (gssize) rest) == (gunichar) -2;
}

static xmlDoc *
read_document (GBytes      *bytes,
               const char  *name,
               GError     **error)
{
  g_autofree char *encoding = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  const char *data;
  const char *invalid = NULL;
  guint n_tags = 0;
  gsize size;
  xmlParserCtxtPtr ctxt;
  xmlNodePtr root;
  g_autofree char *version = NULL;
  char *dot;
  guint64 major = 0;
  gboolean newer = FALSE;

  data = g_bytes_get_data (bytes, &size);

  if (size > POLKU_EXCHANGE_MAX_SIZE)
    {
      /* Translators: %s is a file name, %d the limit in mebibytes. */
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TOO_LARGE,
                   _("“%s” is larger than %d MiB, too large for an exchange file."),
                   name, POLKU_EXCHANGE_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (size == 0)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TRUNCATED,
                   _("“%s” is empty."), name);
      return NULL;
    }

  /* Compressed (libxml2 would unpack a gzip file given by name; we read
   * bytes, but say plainly what the file is). */
  if ((size >= 2 && (guchar) data[0] == 0x1F && (guchar) data[1] == 0x8B) ||
      (size >= 4 && memcmp (data, "PK\x03\x04", 4) == 0))
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_XML,
                   _("“%s” is a compressed file. Unpack it first and read the XML file inside."), name);
      return NULL;
    }

  if (!g_utf8_validate (data, (gssize) size, &invalid) && ends_in_partial_character (data, size, invalid))
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TRUNCATED,
                   _("“%s” ends too early: the file is incomplete."), name);
      return NULL;
    }

  /* UTF-16 and UTF-32 byte order marks, or another declared encoding. */
  encoding = declared_encoding (data, size);
  if ((size >= 2 && ((guchar) data[0] == 0xFF || (guchar) data[0] == 0xFE || data[0] == '\0' || data[1] == '\0')) ||
      (encoding != NULL && g_ascii_strcasecmp (encoding, "UTF-8") != 0) ||
      !g_utf8_validate (data, (gssize) size, NULL))
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_ENCODING,
                   _("“%s” is not in the UTF-8 encoding that exchange files use."), name);
      return NULL;
    }

  /* Our files never have a DTD: refusing any outright keeps external entities,
   * entity expansion ("billion laughs") and DTD loading out of reach. */
  if (contains (data, size, "<!DOCTYPE") || contains (data, size, "<!ENTITY") ||
      contains (data, size, "<!doctype"))
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_DOCTYPE,
                   _("“%s” contains a document type or entity declarations, which exchange files never have; it was not read."),
                   name);
      return NULL;
    }

  if (too_many_attributes (data, size, &n_tags))
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TOO_LARGE,
                   _("“%s” has an element with too many attributes; it is not an exchange file and was not read."),
                   name);
      return NULL;
    }

  /* Counted in the bytes too: parsing 100,000 elements is the slow part. */
  if (n_tags > MAX_ELEMENTS)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TOO_LARGE,
                   _("“%s” has more entries than an exchange file may have (at most %d in one list); it was not read."),
                   name, MAX_LIST_LENGTH);
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_FAILED,
                   _("Could not read “%s”."), name);
      return NULL;
    }

  doc = xmlCtxtReadMemory (ctxt, data, (int) size, name, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || !ctxt->wellFormed)
    {
      xmlErrorPtr last = xmlCtxtGetLastError (ctxt);
      int code = last != NULL ? last->code : XML_ERR_INTERNAL_ERROR;
      int line = last != NULL ? last->line : 0;

      xmlFreeParserCtxt (ctxt);

      /* Cut short: the error is on the last line and the root element is
       * never closed (a file with garbage after a complete root is NOT_XML). */
      if (code == XML_ERR_DOCUMENT_EMPTY || code == XML_ERR_TAG_NOT_FINISHED ||
          (code != XML_ERR_INTERNAL_ERROR && code != XML_ERR_NO_MEMORY && /* limits: depth, … */
           line + 1 >= count_lines (data, size) && !contains (data, size, "</polku-exchange") &&
           !contains (data, size, "</p:polku-exchange")))
        g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TRUNCATED,
                     _("“%s” ends too early: the file is incomplete."), name);
      else
        /* Translators: %s is a file name, %d a line number. */
        g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_XML,
                     _("“%s” is not a well-formed XML file (line %d)."), name, line);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);

  if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_DOCTYPE,
                   _("“%s” contains a document type or entity declarations, which exchange files never have; it was not read."),
                   name);
      return NULL;
    }

  root = xmlDocGetRootElement (doc);
  if (root == NULL || xmlStrcmp (root->name, X ("polku-exchange")) != 0 ||
      root->ns == NULL || xmlStrcmp (root->ns->href, NS) != 0)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_WRONG_ROOT,
                   _("“%s” is not a Polku exchange file."), name);
      return NULL;
    }

  {
    guint total = 0;

    if (too_many_elements (root, &total))
      {
        /* Translators: %s is a file name, %d a number of entries. */
        g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TOO_LARGE,
                     _("“%s” has more entries than an exchange file may have (at most %d in one list); it was not read."),
                     name, MAX_LIST_LENGTH);
        return NULL;
      }
  }

  /* A future major version may mean anything: refuse it before the schema
   * (which would only say that it is invalid). */
  version = (char *) xmlGetProp (root, X ("version"));
  if (version != NULL)
    {
      major = g_ascii_strtoull (version, &dot, 10);
      if (dot == version || *dot != '.' || major != 1)
        {
          /* Translators: the first %s is a file name, the second a version number like 2.0. */
          g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_UNSUPPORTED_VERSION,
                       _("“%s” is in exchange format version %s, which this version of Polku cannot read. Update Polku, or ask the sender for a version 1 file."),
                       name, version);
          return NULL;
        }
      newer = g_ascii_strtoull (dot + 1, NULL, 10) > POLKU_EXCHANGE_FORMAT_MINOR;
    }

  if (!validate (doc, name, newer ? NULL : error))
    {
      /* A later 1.x may add content this reader does not know. */
      if (newer)
        g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_UNSUPPORTED_VERSION,
                     _("“%s” is in exchange format version %s, which this version of Polku cannot read. Update Polku, or ask the sender for a version 1 file."),
                     name, version);
      return NULL;
    }

  return g_steal_pointer (&doc);
}

/* Small accessors over a validated document: the schema guarantees the shape. */
static char *
prop (xmlNodePtr  node,
      const char *name)
{
  xmlChar *value = xmlGetProp (node, X (name));
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static gboolean
is (xmlNodePtr  node,
    const char *name)
{
  return node->type == XML_ELEMENT_NODE && xmlStrcmp (node->name, X (name)) == 0;
}

static xmlNodePtr
child (xmlNodePtr  node,
       const char *name)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    if (is (c, name))
      return c;
  return NULL;
}

static char *
child_text (xmlNodePtr  node,
            const char *name)
{
  xmlNodePtr c = child (node, name);
  xmlChar *content;
  char *copy;

  if (c == NULL)
    return NULL;

  content = xmlNodeGetContent (c);
  copy = g_strdup ((const char *) content);
  xmlFree (content);
  return copy;
}

/* --------------------------------------------------------------- writing */

/* XML 1.0 cannot carry most control characters; drop them. */
static char *
xml_safe (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;

  if (!g_utf8_validate (text, -1, NULL))
    return g_utf8_make_valid (text, -1);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        continue;
      if (c == 0xFFFE || c == 0xFFFF)
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static void
set_prop (xmlNodePtr  node,
          const char *name,
          const char *value)
{
  g_autofree char *safe = NULL;

  if (value == NULL || *value == '\0')
    return;

  safe = xml_safe (value);
  xmlSetProp (node, X (name), X (safe));
}

static xmlNodePtr
add_text (xmlNodePtr  parent,
          const char *name,
          const char *value)
{
  g_autofree char *safe = NULL;

  if (value == NULL || *value == '\0')
    return NULL;

  safe = xml_safe (value);
  /* xmlNewTextChild escapes the content. */
  return xmlNewTextChild (parent, NULL, X (name), X (safe));
}

static xmlDoc *
new_document (PolkuStore        *store,
              PolkuExchangeKind  kind,
              xmlNodePtr        *out_root)
{
  g_autoptr(PolkuOrganisationRecord) org = polku_store_get_organisation (store, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  xmlDoc *doc = xmlNewDoc (X ("1.0"));
  xmlNodePtr root = xmlNewDocNode (doc, NULL, X ("polku-exchange"), NULL);
  xmlNodePtr sender;
  xmlNsPtr ns;

  ns = xmlNewNs (root, NS, NULL);
  xmlSetNs (root, ns);
  xmlDocSetRootElement (doc, root);
  xmlSetProp (root, X ("version"), X (POLKU_EXCHANGE_FORMAT_VERSION));
  xmlSetProp (root, X ("kind"), X (polku_exchange_kind_to_string (kind)));
  xmlSetProp (root, X ("created"), X (created));

  sender = xmlNewChild (root, NULL, X ("sender"), NULL);
  set_prop (sender, "organisation",
            org != NULL && org->name != NULL && *org->name != '\0' ? org->name : _("Unnamed organisation"));
  if (org != NULL && polku_business_id_is_valid (org->business_id))
    set_prop (sender, "business-id", org->business_id);

  *out_root = root;
  return doc;
}

/* Validates what we wrote (a bug must never reach another organisation) and
 * writes it atomically. */
static gboolean
save_document (xmlDoc      *doc,
               GFile       *file,
               GError     **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(GError) local_error = NULL;
  xmlChar *buffer = NULL;
  int length = 0;
  gboolean ok;

  if (!validate (doc, name, &local_error))
    {
      g_critical ("Exported exchange file is invalid: %s", local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  xmlDocDumpFormatMemoryEnc (doc, &buffer, &length, "UTF-8", 1);
  if (buffer == NULL)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_FAILED, _("Could not write “%s”."), name);
      return FALSE;
    }

  ok = g_file_replace_contents (file, (const char *) buffer, (gsize) length, NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
  xmlFree (buffer);
  return ok;
}

static char *
learner_name (const PolkuLearnerRecord *learner)
{
  return polku_learner_record_dup_full_name (learner);
}

static xmlNodePtr
add_learner (xmlNodePtr                root,
             const PolkuLearnerRecord *learner,
             const char               *uuid,
             gboolean                  student_number)
{
  xmlNodePtr node = xmlNewChild (root, NULL, X ("learner"), NULL);

  set_prop (node, "id", uuid);
  add_text (node, "first-names", learner->first_names);
  add_text (node, "last-name", learner->last_name);
  if (student_number)
    add_text (node, "student-number", learner->student_number);
  return node;
}

/* ------------------------------------------------------- package export */

typedef struct
{
  PolkuLearnerRecord *learner;
  PolkuProviderRecord *provider;
  PolkuConsentRecord *consent;   /* borrowed from consents */
  GPtrArray          *consents;
  PolkuPlanRecord    *plan;
  GPtrArray          *units;     /* PolkuPlanUnitRecord chosen */
  GPtrArray          *items;     /* PolkuCompetenceRecord to send */
  char               *uuid;
  gboolean            student_number;
} Package;

static void
package_clear (Package *p)
{
  g_clear_pointer (&p->learner, polku_learner_record_free);
  g_clear_pointer (&p->provider, polku_provider_record_free);
  g_clear_pointer (&p->consents, g_ptr_array_unref);
  g_clear_pointer (&p->plan, polku_plan_record_free);
  g_clear_pointer (&p->units, g_ptr_array_unref);
  g_clear_pointer (&p->items, g_ptr_array_unref);
  g_clear_pointer (&p->uuid, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Package, package_clear)

static gboolean
unit_chosen (const PolkuPackageOptions *options,
             gint64                     unit_id)
{
  if (options->unit_ids == NULL || options->n_unit_ids == 0)
    return TRUE;
  for (guint i = 0; i < options->n_unit_ids; i++)
    if (options->unit_ids[i] == unit_id)
      return TRUE;
  return FALSE;
}

static gboolean
gather_package (PolkuStore                *store,
                const PolkuPackageOptions *options,
                Package                   *p,
                GError                   **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (now),
                                           (GDateMonth) g_date_time_get_month (now),
                                           (GDateYear) g_date_time_get_year (now));
  g_autoptr(GPtrArray) all_units = NULL;
  g_autofree char *name = NULL;

  p->learner = polku_store_get_learner (store, options->learner_id, error);
  if (p->learner == NULL)
    return FALSE;
  name = learner_name (p->learner);

  if (options->provider_id == 0)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NO_CONSENT,
                   _("Choose the education provider that receives the package."));
      return FALSE;
    }

  p->provider = polku_store_get_provider (store, options->provider_id, error);
  if (p->provider == NULL)
    return FALSE;

  p->consents = polku_store_list_consents (store, options->learner_id, error);
  if (p->consents == NULL)
    return FALSE;

  for (guint i = 0; i < p->consents->len; i++)
    {
      PolkuConsentRecord *consent = g_ptr_array_index (p->consents, i);

      if (consent->provider_id == options->provider_id && polku_consent_record_is_active (consent, today))
        p->consent = consent;
    }

  if (p->consent == NULL)
    {
      /* Translators: the first %s is a learner's name, the second an education provider. */
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NO_CONSENT,
                   _("%s has no active consent to share data with %s. Record the consent first."),
                   name, p->provider->name);
      return FALSE;
    }

  p->plan = polku_store_get_plan (store, options->learner_id, error);
  if (p->plan == NULL)
    return FALSE;

  if (p->plan->peruste_id == 0 || p->plan->diaarinumero == NULL)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_EMPTY,
                   _("The pathway plan of %s has no qualification yet."), name);
      return FALSE;
    }

  all_units = polku_store_list_plan_units (store, options->learner_id, error);
  if (all_units == NULL)
    return FALSE;

  p->units = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_plan_unit_record_free);
  p->items = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_competence_record_free);

  for (guint i = 0; i < all_units->len; i++)
    {
      PolkuPlanUnitRecord *unit = g_ptr_array_index (all_units, i);
      g_autoptr(GPtrArray) competences = NULL;

      if (!unit_chosen (options, unit->unit_id))
        continue;

      competences = polku_store_list_competences (store, options->learner_id, unit->unit_id, error);
      if (competences == NULL)
        return FALSE;

      for (guint j = 0; j < competences->len; j++)
        {
          PolkuCompetenceRecord *c = g_ptr_array_index (competences, j);

          /* Items for review: identified or demonstrated, not yet recognised. */
          if (c->competence_id != 0 &&
              (c->status == POLKU_COMPETENCE_IDENTIFIED || c->status == POLKU_COMPETENCE_DEMONSTRATED))
            g_ptr_array_add (p->items, g_ptr_array_steal_index (competences, j--));
        }

      g_ptr_array_add (p->units, g_ptr_array_steal_index (all_units, i--));
    }

  if (p->units->len == 0)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_EMPTY,
                   _("The pathway plan of %s has none of the chosen units."), name);
      return FALSE;
    }

  p->uuid = polku_store_get_learner_exchange_uuid (store, options->learner_id, error);
  if (p->uuid == NULL)
    return FALSE;

  /* A student number is the number at the learner's own education provider:
   * the receiver records the learner as its student with it, so it goes to
   * that provider only. */
  p->student_number = options->include_student_number &&
                      p->learner->status == POLKU_LEARNER_STATUS_OPISKELIJA &&
                      p->learner->student_number != NULL &&
                      (p->learner->provider_id == 0 || p->learner->provider_id == options->provider_id);
  return TRUE;
}

/**
 * polku_exchange_describe_package:
 *
 * Returns: (transfer full): which personal data would leave the machine, one
 *   point per line, or %NULL with @error set as the export would fail
 */
char *
polku_exchange_describe_package (PolkuStore                *store,
                                 const PolkuPackageOptions *options,
                                 GError                   **error)
{
  g_auto(Package) p = { 0 };
  g_autofree char *name = NULL;
  GString *text;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (!gather_package (store, options, &p, error))
    return NULL;

  name = learner_name (p.learner);
  text = g_string_new (NULL);

  /* Translators: %s is an education provider. */
  g_string_append_printf (text, _("The file is meant for %s."), p.provider->name);
  g_string_append_c (text, '\n');
  /* Translators: the first %s is a date, the second what the consent covers. */
  g_string_append_printf (text, _("Consent given on %s: %s"), p.consent->given_on, p.consent->scope);
  g_string_append (text, "\n\n");
  g_string_append (text, _("Personal data in the file:"));
  g_string_append_c (text, '\n');
  /* Translators: %s is a learner's name. */
  g_string_append_printf (text, _("• Name: %s"), name);
  g_string_append_c (text, '\n');
  if (p.student_number)
    {
      /* Translators: %s is a student number. */
      g_string_append_printf (text, _("• Student number: %s"), p.learner->student_number);
      g_string_append_c (text, '\n');
    }
  g_string_append (text, _("• A random exchange identifier, so that the teacher’s decisions find their way back"));
  g_string_append_c (text, '\n');
  g_string_append_printf (text,
                          /* Translators: %u is a number of units, %s a diaarinumero. */
                          g_dngettext (GETTEXT_PACKAGE, "• %u unit of the pathway plan (qualification %s)",
                                       "• %u units of the pathway plan (qualification %s)", p.units->len),
                          p.units->len, p.plan->diaarinumero);
  g_string_append_c (text, '\n');
  g_string_append_printf (text,
                          /* Translators: %u is a number of competence items. */
                          g_dngettext (GETTEXT_PACKAGE, "• %u competence item for review, with its status and date",
                                       "• %u competence items for review, with their status and date", p.items->len),
                          p.items->len);
  g_string_append_c (text, '\n');
  if (options->include_observations)
    {
      g_string_append (text, _("• The coach’s observations and who made them"));
      g_string_append_c (text, '\n');
    }
  if (options->include_own_views)
    {
      g_string_append (text, _("• The learner’s own views"));
      g_string_append_c (text, '\n');
    }
  if (options->include_evidence)
    {
      g_string_append (text, _("• The evidence and the workshop tasks where it was shown"));
      g_string_append_c (text, '\n');
    }
  g_string_append_c (text, '\n');
  g_string_append (text, _("Never in the file: contact details, support needs, notes and check-ins."));

  return g_string_free (text, FALSE);
}

gboolean
polku_exchange_export_package (PolkuStore                *store,
                               const PolkuPackageOptions *options,
                               GFile                     *file,
                               GError                   **error)
{
  g_auto(Package) p = { 0 };
  g_autoptr(xmlDoc) doc = NULL;
  xmlNodePtr root, node, plan, items;

  g_return_val_if_fail (POLKU_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!gather_package (store, options, &p, error))
    return FALSE;

  doc = new_document (store, POLKU_EXCHANGE_PACKAGE, &root);

  node = xmlNewChild (root, NULL, X ("recipient"), NULL);
  set_prop (node, "provider", p.provider->name);
  if (polku_provider_oid_is_valid (p.provider->oid))
    set_prop (node, "oid", p.provider->oid);

  add_learner (root, p.learner, p.uuid, p.student_number);

  plan = xmlNewChild (root, NULL, X ("plan"), NULL);
  set_prop (plan, "peruste", p.plan->diaarinumero);
  for (guint i = 0; i < p.units->len; i++)
    {
      PolkuPlanUnitRecord *unit = g_ptr_array_index (p.units, i);

      node = xmlNewChild (plan, NULL, X ("unit"), NULL);
      set_prop (node, "koodi-uri", unit->koodi_uri);
      set_prop (node, "koodi-arvo", unit->koodi_arvo);
      if (g_strcmp0 (unit->diaarinumero, p.plan->diaarinumero) != 0)
        set_prop (node, "peruste", unit->diaarinumero);
      set_prop (node, "starts-on", unit->starts_on);
      set_prop (node, "ends-on", unit->ends_on);
      add_text (node, "name", unit->nimi_fi != NULL ? unit->nimi_fi : unit->nimi_sv);
    }

  items = xmlNewChild (root, NULL, X ("items"), NULL);
  for (guint i = 0; i < p.items->len; i++)
    {
      PolkuCompetenceRecord *c = g_ptr_array_index (p.items, i);
      g_autofree char *key = NULL;
      g_autofree char *unit_uri = NULL;

      if (!polku_store_get_requirement_codes (store, c->requirement_id, &key, &unit_uri, error))
        return FALSE;

      node = xmlNewChild (items, NULL, X ("item"), NULL);
      set_prop (node, "requirement", key);
      set_prop (node, "unit", unit_uri);
      set_prop (node, "status", polku_competence_status_to_string (c->status));
      set_prop (node, "shown-on", c->shown_on);
      if (options->include_observations)
        {
          add_text (node, "observation", c->observation);
          add_text (node, "observed-by", c->observed_by);
        }
      if (options->include_own_views)
        add_text (node, "own-view", c->own_view);
      if (options->include_evidence)
        {
          add_text (node, "evidence", c->evidence);
          for (guint t = 0; c->task_titles != NULL && t < c->task_titles->len; t++)
            add_text (node, "task", g_ptr_array_index (c->task_titles, t));
        }
    }

  return save_document (doc, file, error);
}

/* ----------------------------------------------------- decisions export */

gboolean
polku_exchange_export_decisions (PolkuStore  *store,
                                 gint64       learner_id,
                                 GFile       *file,
                                 GError     **error)
{
  g_autoptr(PolkuLearnerRecord) learner = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *teacher_org = NULL;
  xmlNodePtr root, decisions;
  guint n = 0;

  g_return_val_if_fail (POLKU_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  learner = polku_store_get_learner (store, learner_id, error);
  if (learner == NULL)
    return FALSE;
  uuid = polku_store_get_learner_exchange_uuid (store, learner_id, error);
  if (uuid == NULL)
    return FALSE;
  units = polku_store_list_plan_units (store, learner_id, error);
  if (units == NULL)
    return FALSE;

  doc = new_document (store, POLKU_EXCHANGE_DECISIONS, &root);
  add_learner (root, learner, uuid, FALSE);
  decisions = xmlNewChild (root, NULL, X ("decisions"), NULL);

  for (guint i = 0; i < units->len; i++)
    {
      PolkuPlanUnitRecord *unit = g_ptr_array_index (units, i);
      g_autoptr(GPtrArray) competences = NULL;

      competences = polku_store_list_competences (store, learner_id, unit->unit_id, error);
      if (competences == NULL)
        return FALSE;

      for (guint j = 0; j < competences->len; j++)
        {
          PolkuCompetenceRecord *c = g_ptr_array_index (competences, j);
          g_autofree char *key = NULL;
          g_autofree char *unit_uri = NULL;
          xmlNodePtr node;

          if (c->competence_id == 0 || c->teacher_decision == POLKU_TEACHER_DECISION_NONE ||
              c->teacher_decision > POLKU_TEACHER_DECISION_MORE_EVIDENCE || c->decided_on == NULL)
            continue;

          if (!polku_store_get_requirement_codes (store, c->requirement_id, &key, &unit_uri, error))
            return FALSE;

          node = xmlNewChild (decisions, NULL, X ("decision"), NULL);
          set_prop (node, "requirement", key);
          set_prop (node, "unit", unit_uri);
          set_prop (node, "value", decision_names[c->teacher_decision]);
          set_prop (node, "date", c->decided_on);
          set_prop (node, "teacher", c->teacher_name);
          set_prop (node, "organisation", c->teacher_organisation);
          add_text (node, "comment", c->teacher_comment);
          if (teacher_org == NULL && c->teacher_organisation != NULL && *c->teacher_organisation != '\0')
            teacher_org = g_strdup (c->teacher_organisation);
          n++;
        }
    }

  /* A school that has not filled in its organisation: the teacher's
   * organisation says more to the workshop than "Unnamed organisation". */
  if (teacher_org != NULL)
    {
      g_autoptr(PolkuOrganisationRecord) org = polku_store_get_organisation (store, NULL);

      if (org == NULL || org->name == NULL || *org->name == '\0')
        set_prop (child (root, "sender"), "organisation", teacher_org);
    }

  if (n == 0)
    {
      g_autofree char *name = learner_name (learner);

      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_EMPTY,
                   _("No decisions have been recorded for %s yet."), name);
      return FALSE;
    }

  return save_document (doc, file, error);
}

/* ------------------------------------------------------ task map export */

gboolean
polku_exchange_export_task_map (PolkuStore  *store,
                                gint64       workshop_id,
                                GFile       *file,
                                GError     **error)
{
  g_autoptr(PolkuWorkshopRecord) workshop = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  xmlNodePtr root, node;

  g_return_val_if_fail (POLKU_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  workshop = polku_store_get_workshop (store, workshop_id, error);
  if (workshop == NULL)
    return FALSE;
  tasks = polku_store_list_tasks (store, workshop_id, FALSE, error);
  if (tasks == NULL)
    return FALSE;

  doc = new_document (store, POLKU_EXCHANGE_TASK_MAP, &root);
  node = xmlNewChild (root, NULL, X ("workshop"), NULL);
  set_prop (node, "name", workshop->name);

  for (guint i = 0; i < tasks->len; i++)
    {
      PolkuTaskRecord *task = g_ptr_array_index (tasks, i);
      g_autoptr(GPtrArray) mappings = NULL;
      g_autoptr(GPtrArray) codes = NULL;
      xmlNodePtr t;

      mappings = polku_store_list_task_mappings (store, task->task_id, error);
      if (mappings == NULL)
        return FALSE;
      codes = polku_store_list_task_codes (store, task->task_id, error);
      if (codes == NULL)
        return FALSE;

      t = xmlNewChild (node, NULL, X ("task"), NULL);
      set_prop (t, "title", task->title);
      add_text (t, "description", task->description);
      add_text (t, "duration", task->duration);
      add_text (t, "tools", task->tools);
      add_text (t, "safety", task->safety);

      for (guint j = 0; j < mappings->len; j++)
        {
          PolkuMappingRecord *m = g_ptr_array_index (mappings, j);
          xmlNodePtr r;

          if (m->by_code || m->requirement_id == 0 || m->natural_key == NULL)
            continue;

          r = xmlNewChild (t, NULL, X ("requirement"), NULL);
          set_prop (r, "natural-key", m->natural_key);
          set_prop (r, "unit", m->unit_koodi_uri);
          set_prop (r, "peruste", m->diaarinumero);
        }

      for (guint j = 0; j < codes->len; j++)
        {
          PolkuMappingRecord *m = g_ptr_array_index (codes, j);
          xmlNodePtr r;

          if (m->koodi_uri == NULL)
            continue;
          r = xmlNewChild (t, NULL, X ("code"), NULL);
          set_prop (r, "koodi-uri", m->koodi_uri);
        }
    }

  return save_document (doc, file, error);
}

/* ----------------------------------------------------------- importing */

typedef struct
{
  char   *koodi_uri;
  char   *peruste;        /* diaarinumero */
  char   *starts_on;
  char   *ends_on;
  char   *name;           /* as the sender wrote it, for the change list */
  gint64  unit_id;        /* resolved */
  gboolean add;
} InUnit;

typedef struct
{
  char                  *requirement;
  char                  *unit;
  PolkuCompetenceStatus  status;
  char                  *shown_on;
  char                  *observation;
  char                  *observed_by;
  char                  *own_view;
  char                  *evidence;
  gint64                 requirement_id;
  PolkuCompetenceFields  fields;   /* what to write; 0: nothing */
} InItem;

typedef struct
{
  char                 *requirement;
  char                 *unit;
  PolkuTeacherDecision  value;
  char                 *date;
  char                 *teacher;
  char                 *organisation;
  char                 *comment;
  gint64                requirement_id;
  gboolean              apply;
} InDecision;

typedef struct
{
  char      *title;
  char      *description;
  char      *duration;
  char      *tools;
  char      *safety;
  GPtrArray *requirements;  /* char* natural keys */
  GPtrArray *codes;         /* char* koodi_uri */
  gint64     task_id;       /* resolved; 0: new */
  GArray    *map_ids;       /* gint64 requirement ids to map */
  GPtrArray *map_codes;     /* char* codes to map */
  gboolean   skip;          /* a second task of the same title */
} InTask;

struct _PolkuExchangeImport
{
  PolkuExchangeKind  kind;
  char              *name;         /* the file's name, for messages */
  char              *sender;
  char              *created;
  GPtrArray         *changes;      /* PolkuExchangeChange */

  /* package and decisions */
  char              *uuid;
  char              *first_names;
  char              *last_name;
  char              *student_number;
  char              *recipient;    /* package: the receiving provider's name */
  char              *recipient_oid;
  char              *peruste;
  GPtrArray         *units;        /* InUnit */
  GPtrArray         *items;        /* InItem */
  GPtrArray         *decisions;    /* InDecision */
  gint64             learner_id;   /* resolved; 0: new */
  gint64             peruste_id;
  gboolean           set_plan_peruste;
  gboolean           set_student_number;
  gboolean           make_student;   /* status opiskelija */
  gboolean           set_provider;   /* the learner's provider := provider_id */
  gboolean           add_provider;   /* the recipient is added as a provider first */
  gint64             provider_id;    /* the recipient here; 0: none (yet) */

  GHashTable        *unit_labels;  /* koodiUri → translated label */
  const char        *group;        /* given to the changes added; a unit label */

  /* task map */
  char              *workshop;
  GPtrArray         *tasks;        /* InTask */
  gint64             workshop_id;  /* resolved; 0: new */
};

static void
in_unit_free (InUnit *u)
{
  g_free (u->koodi_uri);
  g_free (u->peruste);
  g_free (u->starts_on);
  g_free (u->ends_on);
  g_free (u->name);
  g_free (u);
}

static void
in_item_free (InItem *i)
{
  g_free (i->requirement);
  g_free (i->unit);
  g_free (i->shown_on);
  g_free (i->observation);
  g_free (i->observed_by);
  g_free (i->own_view);
  g_free (i->evidence);
  g_free (i);
}

static void
in_decision_free (InDecision *d)
{
  g_free (d->requirement);
  g_free (d->unit);
  g_free (d->date);
  g_free (d->teacher);
  g_free (d->organisation);
  g_free (d->comment);
  g_free (d);
}

static void
in_task_free (InTask *t)
{
  g_free (t->title);
  g_free (t->description);
  g_free (t->duration);
  g_free (t->tools);
  g_free (t->safety);
  g_ptr_array_unref (t->requirements);
  g_ptr_array_unref (t->codes);
  g_clear_pointer (&t->map_ids, g_array_unref);
  g_clear_pointer (&t->map_codes, g_ptr_array_unref);
  g_free (t);
}

static void
change_free (PolkuExchangeChange *change)
{
  g_free (change->subject);
  g_free (change->detail);
  g_free (change->group);
  g_free (change);
}

void
polku_exchange_import_free (PolkuExchangeImport *import)
{
  if (import == NULL)
    return;

  g_free (import->name);
  g_free (import->sender);
  g_free (import->created);
  g_clear_pointer (&import->changes, g_ptr_array_unref);
  g_free (import->uuid);
  g_free (import->first_names);
  g_free (import->last_name);
  g_free (import->student_number);
  g_free (import->recipient);
  g_free (import->recipient_oid);
  g_free (import->peruste);
  g_clear_pointer (&import->units, g_ptr_array_unref);
  g_clear_pointer (&import->items, g_ptr_array_unref);
  g_clear_pointer (&import->decisions, g_ptr_array_unref);
  g_free (import->workshop);
  g_clear_pointer (&import->tasks, g_ptr_array_unref);
  g_clear_pointer (&import->unit_labels, g_hash_table_unref);
  g_free (import);
}

static void
add_change (PolkuExchangeImport     *import,
            PolkuExchangeChangeKind  kind,
            char                    *subject,
            char                    *detail)
{
  PolkuExchangeChange *change = g_new0 (PolkuExchangeChange, 1);

  change->kind = kind;
  change->subject = subject;
  change->detail = detail;
  change->group = g_strdup (import->group);
  g_ptr_array_add (import->changes, change);
}

/* The document → plain structures, nothing looked up yet. */
static void
parse_learner (PolkuExchangeImport *import,
               xmlNodePtr           root)
{
  xmlNodePtr learner = child (root, "learner");

  import->uuid = prop (learner, "id");
  import->first_names = child_text (learner, "first-names");
  import->last_name = child_text (learner, "last-name");
  import->student_number = child_text (learner, "student-number");
}

static void
parse_document (PolkuExchangeImport *import,
                xmlNodePtr           root)
{
  g_autofree char *kind = prop (root, "kind");
  xmlNodePtr sender = child (root, "sender");
  xmlNodePtr node;

  import->sender = prop (sender, "organisation");
  import->created = prop (root, "created");

  if (g_strcmp0 (kind, "package") == 0)
    {
      import->kind = POLKU_EXCHANGE_PACKAGE;
      node = child (root, "recipient");
      import->recipient = prop (node, "provider");
      import->recipient_oid = prop (node, "oid");
      parse_learner (import, root);
      node = child (root, "plan");
      import->peruste = prop (node, "peruste");
      import->units = g_ptr_array_new_with_free_func ((GDestroyNotify) in_unit_free);
      for (xmlNodePtr u = node->children; u != NULL; u = u->next)
        if (is (u, "unit"))
          {
            InUnit *in = g_new0 (InUnit, 1);

            in->koodi_uri = prop (u, "koodi-uri");
            in->peruste = prop (u, "peruste");
            if (in->peruste == NULL)
              in->peruste = g_strdup (import->peruste);
            in->starts_on = prop (u, "starts-on");
            in->ends_on = prop (u, "ends-on");
            in->name = child_text (u, "name");
            g_ptr_array_add (import->units, in);
          }

      import->items = g_ptr_array_new_with_free_func ((GDestroyNotify) in_item_free);
      node = child (root, "items");
      for (xmlNodePtr i = node->children; i != NULL; i = i->next)
        if (is (i, "item"))
          {
            InItem *in = g_new0 (InItem, 1);
            g_autofree char *status = prop (i, "status");

            in->requirement = prop (i, "requirement");
            in->unit = prop (i, "unit");
            if (!polku_competence_status_from_string (status, &in->status))
              in->status = POLKU_COMPETENCE_IDENTIFIED;
            in->shown_on = prop (i, "shown-on");
            in->observation = child_text (i, "observation");
            in->observed_by = child_text (i, "observed-by");
            in->own_view = child_text (i, "own-view");
            in->evidence = child_text (i, "evidence");
            g_ptr_array_add (import->items, in);
          }
    }
  else if (g_strcmp0 (kind, "decisions") == 0)
    {
      import->kind = POLKU_EXCHANGE_DECISIONS;
      parse_learner (import, root);
      import->decisions = g_ptr_array_new_with_free_func ((GDestroyNotify) in_decision_free);
      node = child (root, "decisions");
      for (xmlNodePtr d = node->children; d != NULL; d = d->next)
        if (is (d, "decision"))
          {
            InDecision *in = g_new0 (InDecision, 1);
            g_autofree char *value = prop (d, "value");

            in->requirement = prop (d, "requirement");
            in->unit = prop (d, "unit");
            in->value = decision_from_string (value);
            in->date = prop (d, "date");
            in->teacher = prop (d, "teacher");
            in->organisation = prop (d, "organisation");
            in->comment = child_text (d, "comment");
            g_ptr_array_add (import->decisions, in);
          }
    }
  else
    {
      import->kind = POLKU_EXCHANGE_TASK_MAP;
      node = child (root, "workshop");
      import->workshop = prop (node, "name");
      import->tasks = g_ptr_array_new_with_free_func ((GDestroyNotify) in_task_free);
      for (xmlNodePtr t = node->children; t != NULL; t = t->next)
        if (is (t, "task"))
          {
            InTask *in = g_new0 (InTask, 1);

            in->title = prop (t, "title");
            in->description = child_text (t, "description");
            in->duration = child_text (t, "duration");
            in->tools = child_text (t, "tools");
            in->safety = child_text (t, "safety");
            in->requirements = g_ptr_array_new_with_free_func (g_free);
            in->codes = g_ptr_array_new_with_free_func (g_free);
            for (xmlNodePtr m = t->children; m != NULL; m = m->next)
              {
                if (is (m, "requirement"))
                  g_ptr_array_add (in->requirements, prop (m, "natural-key"));
                else if (is (m, "code"))
                  g_ptr_array_add (in->codes, prop (m, "koodi-uri"));
              }
            g_ptr_array_add (import->tasks, in);
          }
    }
}

static char *
import_learner_name (PolkuExchangeImport *import)
{
  if (import->last_name == NULL)
    return g_strdup (import->first_names);
  return g_strdup_printf ("%s %s", import->first_names, import->last_name);
}

/* The short human part of a natural key: its last field. */
static char *
key_text (const char *natural_key)
{
  const char *bar = strrchr (natural_key, '|');

  return g_strdup (bar != NULL && bar[1] != '\0' ? bar + 1 : natural_key);
}

/* People know a unit by its code (106945), not by its koodiUri
 * (tutkinnonosat_106945). */
static const char *
unit_code (const char *koodi_uri)
{
  const char *bar = strrchr (koodi_uri, '_');

  return bar != NULL && bar[1] != '\0' ? bar + 1 : koodi_uri;
}

/* "Ajoneuvon huoltotyöt (unit 106945)": the name as the file gives it, else as
 * the catalogue here has it, else the code alone. Shared by the unit's own
 * change and by its items' group. */
static const char *
unit_label (PolkuStore          *store,
            PolkuExchangeImport *import,
            const char          *koodi_uri)
{
  g_autoptr(PolkuUnitRecord) unit = NULL;
  const char *name = NULL;
  char *label;

  if (import->unit_labels == NULL)
    import->unit_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  label = g_hash_table_lookup (import->unit_labels, koodi_uri);
  if (label != NULL)
    return label;

  for (guint i = 0; import->units != NULL && i < import->units->len && name == NULL; i++)
    {
      InUnit *u = g_ptr_array_index (import->units, i);

      if (g_strcmp0 (u->koodi_uri, koodi_uri) == 0)
        name = u->name;
    }
  if (name == NULL)
    {
      gint64 unit_id = polku_store_find_unit_by_koodi_uri (store, 0, koodi_uri, NULL);

      if (unit_id != 0)
        unit = polku_store_catalogue_get_unit (store, unit_id, NULL);
      if (unit != NULL)
        name = unit->nimi_fi != NULL ? unit->nimi_fi : unit->nimi_sv;
    }

  if (name != NULL)
    /* Translators: the first %s is a unit's name, the second its national code. */
    label = g_strdup_printf (_("%s (unit %s)"), name, unit_code (koodi_uri));
  else
    /* Translators: %s is a unit's national code. */
    label = g_strdup_printf (_("Unit %s"), unit_code (koodi_uri));
  g_hash_table_insert (import->unit_labels, g_strdup (koodi_uri), label);
  return label;
}

/* An item or decision names its unit beside its requirement. A file where they
 * disagree was not written by Polku (the natural key names the unit): reading
 * it could put a decision on another unit than the teacher meant. */
static gboolean
check_unit (PolkuStore           *store,
            PolkuExchangeImport  *import,
            gint64                requirement_id,
            const char           *requirement,
            const char           *unit,
            GError              **error)
{
  g_autofree char *here = NULL;
  g_autofree char *text = NULL;

  if (!polku_store_get_requirement_codes (store, requirement_id, NULL, &here, error))
    return FALSE;
  if (g_strcmp0 (here, unit) == 0)
    return TRUE;

  text = key_text (requirement);
  /* Translators: the first %s is a file name, the second a requirement, the third a unit's national code. */
  g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_INVALID,
               _("“%s” puts the requirement “%s” under the unit %s, to which it does not belong; it was not read."),
               import->name, text, unit_code (unit));
  return FALSE;
}

/* What the schema cannot say. xsd:date takes 99999-01-01 and -2026-01-01, which
 * the store refuses only when applying; names of white space only; the same
 * item twice. Checked before anything is looked up, so that a dry run says
 * the same as the import. */
static gboolean
is_plain_date (const char *text)
{
  guint year, month, day;

  if (text == NULL)
    return TRUE;
  if (strlen (text) != 10 || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      text[4] != '-' || text[7] != '-' || !g_ascii_isdigit (text[0]))
    return FALSE;
  return year >= 1900 && year <= 2200 && g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0x200B)
      return FALSE;
  return TRUE;
}

static gboolean
refuse_date (PolkuExchangeImport  *import,
             const char           *date,
             GError              **error)
{
  /* Translators: the first %s is a file name, the second what the file has as a date. */
  g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_INVALID,
               _("“%s” has an impossible date “%s”; it was not read."), import->name, date);
  return FALSE;
}

static gboolean
refuse_twice (PolkuExchangeImport  *import,
              const char           *what,
              GError              **error)
{
  /* Translators: the first %s is a file name, the second a requirement, unit or task. */
  g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_INVALID,
               _("“%s” lists “%s” twice with different content; it was not read."), import->name, what);
  return FALSE;
}

static gboolean
same_strings (GPtrArray *a,
              GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
same_task (const InTask *a,
           const InTask *b)
{
  return g_strcmp0 (a->description, b->description) == 0 && g_strcmp0 (a->duration, b->duration) == 0 &&
         g_strcmp0 (a->tools, b->tools) == 0 && g_strcmp0 (a->safety, b->safety) == 0 &&
         same_strings (a->requirements, b->requirements) && same_strings (a->codes, b->codes);
}

static gboolean
check_content (PolkuExchangeImport  *import,
               GError              **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDateTime) created = g_date_time_new_from_iso8601 (import->created, NULL);

  if (created == NULL || g_date_time_get_year (created) < 1900 || g_date_time_get_year (created) > 2200)
    return refuse_date (import, import->created, error);

  if (is_blank (import->sender) || is_blank (import->first_names) || is_blank (import->workshop) ||
      is_blank (import->recipient))
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_INVALID,
                   _("“%s” has a name that is only white space; it was not read."), import->name);
      return FALSE;
    }

  for (guint i = 0; import->units != NULL && i < import->units->len; i++)
    {
      InUnit *u = g_ptr_array_index (import->units, i);

      if (!is_plain_date (u->starts_on))
        return refuse_date (import, u->starts_on, error);
      if (!is_plain_date (u->ends_on))
        return refuse_date (import, u->ends_on, error);
      if (!g_hash_table_add (units, g_strconcat (u->koodi_uri, "|", u->peruste, NULL)))
        return refuse_twice (import, u->koodi_uri, error);
    }

  g_hash_table_remove_all (seen);
  for (guint i = 0; import->items != NULL && i < import->items->len; i++)
    {
      InItem *item = g_ptr_array_index (import->items, i);

      if (!is_plain_date (item->shown_on))
        return refuse_date (import, item->shown_on, error);
      if (!g_hash_table_add (seen, item->requirement))
        {
          g_autofree char *text = key_text (item->requirement);
          return refuse_twice (import, text, error);
        }
    }

  g_hash_table_remove_all (seen);
  for (guint i = 0; import->decisions != NULL && i < import->decisions->len; i++)
    {
      InDecision *d = g_ptr_array_index (import->decisions, i);
      InDecision *first = g_hash_table_lookup (seen, d->requirement);

      if (!is_plain_date (d->date))
        return refuse_date (import, d->date, error);
      if (is_blank (d->teacher) || is_blank (d->organisation))
        {
          g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_INVALID,
                       _("“%s” has a name that is only white space; it was not read."), import->name);
          return FALSE;
        }
      if (first == NULL)
        {
          g_hash_table_insert (seen, d->requirement, d);
          continue;
        }
      /* The same decision twice is harmless: kept once. */
      if (first->value != d->value || g_strcmp0 (first->date, d->date) != 0 ||
          g_strcmp0 (first->comment, d->comment) != 0 || g_strcmp0 (first->teacher, d->teacher) != 0 ||
          g_strcmp0 (first->organisation, d->organisation) != 0)
        {
          g_autofree char *text = key_text (d->requirement);
          return refuse_twice (import, text, error);
        }
      g_ptr_array_remove_index (import->decisions, i--);
    }

  /* Tasks are matched by title, as the store keeps it (trimmed). The same task
   * twice counts once; two different tasks of one title are left to the diff,
   * which reads the first and lists the second as a conflict. */
  g_hash_table_remove_all (seen);
  for (guint i = 0; import->tasks != NULL && i < import->tasks->len; i++)
    {
      InTask *t = g_ptr_array_index (import->tasks, i);
      InTask *first;

      if (is_blank (t->title))
        {
          g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_INVALID,
                       _("“%s” has a name that is only white space; it was not read."), import->name);
          return FALSE;
        }
      g_strstrip (t->title);
      first = g_hash_table_lookup (seen, t->title);
      if (first == NULL)
        g_hash_table_insert (seen, t->title, t);
      else if (same_task (first, t))
        g_ptr_array_remove_index (import->tasks, i--);
    }

  return TRUE;
}


static gboolean
diff_package (PolkuStore           *store,
              PolkuExchangeImport  *import,
              GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PolkuLearnerRecord) learner = NULL;
  g_autoptr(PolkuPlanRecord) plan = NULL;
  g_autoptr(GPtrArray) plan_units = NULL;
  g_autofree char *name = import_learner_name (import);

  import->peruste_id = polku_store_find_peruste_by_diaarinumero (store, import->peruste, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (import->peruste_id == 0)
    {
      /* Translators: the first %s is a file name, the others a diaarinumero. */
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_MISSING_PERUSTE,
                   _("“%s” is for the qualification with diaarinumero %s, which is not in the catalogue. Download it first (Qualifications → Download from ePerusteet, or polku --download %s), then read the file again."),
                   import->name, import->peruste, import->peruste);
      return FALSE;
    }

  for (guint i = 0; i < import->units->len; i++)
    {
      InUnit *u = g_ptr_array_index (import->units, i);
      gint64 peruste_id = polku_store_find_peruste_by_diaarinumero (store, u->peruste, error);

      if (peruste_id == 0)
        {
          if (error != NULL && *error != NULL)
            return FALSE;
          g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_MISSING_PERUSTE,
                       _("“%s” is for the qualification with diaarinumero %s, which is not in the catalogue. Download it first (Qualifications → Download from ePerusteet, or polku --download %s), then read the file again."),
                       import->name, u->peruste, u->peruste);
          return FALSE;
        }
      u->unit_id = polku_store_find_unit_by_koodi_uri (store, peruste_id, u->koodi_uri, error);
      if (error != NULL && *error != NULL)
        return FALSE;
    }

  import->learner_id = polku_store_find_learner_by_exchange_uuid (store, import->uuid, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* A package with a student number is for the learner's own education
   * provider (the exporter sends it to no other): here the learner is that
   * provider's student. */
  import->make_student = import->set_provider = import->add_provider = FALSE;
  import->provider_id = 0;
  if (import->student_number != NULL)
    {
      import->provider_id = polku_store_find_provider (store, import->recipient_oid, import->recipient, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  if (import->learner_id == 0)
    {
      if (import->student_number != NULL)
        {
          import->make_student = import->set_provider = TRUE;
          /* Translators: %s is a learner's name. */
          add_change (import, POLKU_EXCHANGE_CHANGE_NEW, g_strdup_printf (_("Learner %s"), name),
                      /* Translators: the first %s is an education provider, the second a student number. */
                      g_strdup_printf (_("A new student of %s, student number %s, with the units and the items to review"),
                                       import->recipient, import->student_number));
        }
      else
        add_change (import, POLKU_EXCHANGE_CHANGE_NEW, g_strdup_printf (_("Learner %s"), name),
                    g_strdup (_("A new learner, with the units and the items to review; a trainee until a student number is recorded")));
    }
  else
    {
      g_autofree char *here = NULL;

      learner = polku_store_get_learner (store, import->learner_id, error);
      if (learner == NULL)
        return FALSE;
      here = polku_learner_record_dup_full_name (learner);

      if (g_strcmp0 (learner->first_names, import->first_names) != 0 ||
          g_strcmp0 (learner->last_name, import->last_name) != 0)
        add_change (import, POLKU_EXCHANGE_CHANGE_CONFLICT, g_strdup_printf (_("Learner %s"), here),
                    /* Translators: %s is a learner's name as written in the file. */
                    g_strdup_printf (_("The file names the learner %s; the name here is kept."), name));
      else
        add_change (import, POLKU_EXCHANGE_CHANGE_UNCHANGED, g_strdup_printf (_("Learner %s"), here), NULL);

      if (import->student_number != NULL && learner->student_number != NULL &&
          g_strcmp0 (learner->student_number, import->student_number) != 0)
        add_change (import, POLKU_EXCHANGE_CHANGE_CONFLICT, g_strdup_printf (_("Learner %s"), here),
                    /* Translators: %s is a student number. */
                    g_strdup_printf (_("The file gives the student number %s; the one here is kept."),
                                     import->student_number));
      else if (import->student_number != NULL)
        {
          /* A trainee here becomes a student; a provider recorded here is kept. */
          import->set_student_number = learner->student_number == NULL;
          import->make_student = learner->status != POLKU_LEARNER_STATUS_OPISKELIJA;
          import->set_provider = learner->provider_id == 0;
          if (import->make_student)
            add_change (import, POLKU_EXCHANGE_CHANGE_UPDATED, g_strdup_printf (_("Learner %s"), here),
                        /* Translators: the first %s is an education provider, the second a student number. */
                        g_strdup_printf (_("Becomes a student of %s, student number %s"),
                                         import->set_provider ? import->recipient : learner->provider_name,
                                         import->student_number));
          else if (import->set_student_number || import->set_provider)
            add_change (import, POLKU_EXCHANGE_CHANGE_UPDATED, g_strdup_printf (_("Learner %s"), here),
                        /* Translators: the first %s is a student number, the second an education provider. */
                        g_strdup_printf (_("Student number %s at %s"), import->student_number,
                                         import->set_provider ? import->recipient : learner->provider_name));
        }

      plan = polku_store_get_plan (store, import->learner_id, error);
      if (plan == NULL)
        return FALSE;
      plan_units = polku_store_list_plan_units (store, import->learner_id, error);
      if (plan_units == NULL)
        return FALSE;
    }

  if (import->set_provider && import->provider_id == 0)
    {
      import->add_provider = TRUE;
      /* Translators: %s is an education provider's name. */
      add_change (import, POLKU_EXCHANGE_CHANGE_NEW, g_strdup_printf (_("Education provider %s"), import->recipient),
                  g_strdup (_("Added, as the learner’s education provider")));
    }

  import->set_plan_peruste = plan == NULL || plan->peruste_id == 0;
  if (plan != NULL && plan->peruste_id != 0 && plan->peruste_id != import->peruste_id)
    add_change (import, POLKU_EXCHANGE_CHANGE_CONFLICT, g_strdup (_("Pathway plan")),
                /* Translators: %s is a diaarinumero. */
                g_strdup_printf (_("The plan here is for another qualification than %s; it is kept."), import->peruste));
  else if (import->set_plan_peruste)
    add_change (import, POLKU_EXCHANGE_CHANGE_NEW, g_strdup (_("Pathway plan")),
                /* Translators: %s is a diaarinumero. */
                g_strdup_printf (_("Towards the qualification %s"), import->peruste));

  for (guint i = 0; i < import->units->len; i++)
    {
      InUnit *u = g_ptr_array_index (import->units, i);
      g_autofree char *subject = g_strdup (unit_label (store, import, u->koodi_uri));
      gboolean planned = FALSE;

      u->add = FALSE;
      if (u->unit_id == 0)
        {
          add_change (import, POLKU_EXCHANGE_CHANGE_CONFLICT, g_steal_pointer (&subject),
                      g_strdup (_("Not in the catalogue here; skipped")));
          continue;
        }

      for (guint j = 0; plan_units != NULL && j < plan_units->len; j++)
        planned |= ((PolkuPlanUnitRecord *) g_ptr_array_index (plan_units, j))->unit_id == u->unit_id;

      u->add = !planned;
      add_change (import, planned ? POLKU_EXCHANGE_CHANGE_UNCHANGED : POLKU_EXCHANGE_CHANGE_NEW,
                  g_steal_pointer (&subject), planned ? NULL : g_strdup (_("Added to the plan")));
    }

  for (guint i = 0; i < import->items->len; i++)
    {
      InItem *it = g_ptr_array_index (import->items, i);
      g_autoptr(PolkuCompetenceRecord) here = NULL;
      g_autofree char *short_text = key_text (it->requirement);
      g_autofree char *subject = NULL;
      gint64 unit_id = 0;
      PolkuCompetenceStatus status;

      /* Translators: %s is the text of a requirement (ammattitaitovaatimus). */
      subject = g_strdup_printf (_("Item “%s”"), short_text);
      import->group = unit_label (store, import, it->unit);
      it->fields = 0;
      it->requirement_id = polku_store_find_requirement_by_key (store, it->requirement, &unit_id, error);
      if (error != NULL && *error != NULL)
        return FALSE;
      if (it->requirement_id == 0)
        {
          add_change (import, POLKU_EXCHANGE_CHANGE_CONFLICT, g_steal_pointer (&subject),
                      g_strdup (_("The requirement is not in the catalogue here; skipped")));
          continue;
        }
      if (!check_unit (store, import, it->requirement_id, it->requirement, it->unit, error))
        return FALSE;

      if (import->learner_id != 0)
        {
          here = polku_store_get_competence (store, import->learner_id, it->requirement_id, error);
          if (here == NULL)
            return FALSE;
        }

      if (here != NULL && here->status == POLKU_COMPETENCE_RECOGNISED)
        {
          add_change (import, POLKU_EXCHANGE_CHANGE_CONFLICT, g_steal_pointer (&subject),
                      g_strdup (_("Already recognised here; kept as it is")));
          continue;
        }

      /* Never lower a status, and never reach recognised but by a decision. */
      status = MIN (it->status, POLKU_COMPETENCE_DEMONSTRATED);
      if (here != NULL && here->status > status)
        status = here->status;

      if (here == NULL || here->status != status)
        it->fields |= POLKU_COMPETENCE_FIELD_STATUS;
      it->status = status;
      if (it->observation != NULL && g_strcmp0 (here ? here->observation : NULL, it->observation) != 0)
        it->fields |= POLKU_COMPETENCE_FIELD_OBSERVATION;
      if (it->observed_by != NULL && g_strcmp0 (here ? here->observed_by : NULL, it->observed_by) != 0)
        it->fields |= POLKU_COMPETENCE_FIELD_OBSERVED_BY;
      if (it->own_view != NULL && g_strcmp0 (here ? here->own_view : NULL, it->own_view) != 0)
        it->fields |= POLKU_COMPETENCE_FIELD_OWN_VIEW;
      if (it->evidence != NULL && g_strcmp0 (here ? here->evidence : NULL, it->evidence) != 0)
        it->fields |= POLKU_COMPETENCE_FIELD_EVIDENCE;
      if (it->shown_on != NULL && g_strcmp0 (here ? here->shown_on : NULL, it->shown_on) != 0)
        it->fields |= POLKU_COMPETENCE_FIELD_SHOWN_ON;

      if (here == NULL || here->competence_id == 0)
        add_change (import, POLKU_EXCHANGE_CHANGE_NEW, g_steal_pointer (&subject),
                    g_strdup (_("Awaiting review")));
      else if (it->fields != 0)
        add_change (import, POLKU_EXCHANGE_CHANGE_UPDATED, g_steal_pointer (&subject),
                    g_strdup (_("New status or evidence from the workshop")));
      else
        add_change (import, POLKU_EXCHANGE_CHANGE_UNCHANGED, g_steal_pointer (&subject), NULL);
    }

  return TRUE;
}

static gboolean
diff_decisions (PolkuStore           *store,
                PolkuExchangeImport  *import,
                GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PolkuLearnerRecord) learner = NULL;
  g_autofree char *name = import_learner_name (import);
  g_autofree char *here_name = NULL;

  import->learner_id = polku_store_find_learner_by_exchange_uuid (store, import->uuid, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (import->learner_id == 0)
    {
      /* Translators: the first %s is a file name, the second a learner's name. */
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_UNKNOWN_LEARNER,
                   _("“%s” has decisions for %s, who is not in this database (or whose package was not sent from here)."),
                   import->name, name);
      return FALSE;
    }

  learner = polku_store_get_learner (store, import->learner_id, error);
  if (learner == NULL)
    return FALSE;
  here_name = polku_learner_record_dup_full_name (learner);

  if (g_strcmp0 (learner->first_names, import->first_names) != 0 ||
      g_strcmp0 (learner->last_name, import->last_name) != 0)
    add_change (import, POLKU_EXCHANGE_CHANGE_CONFLICT, g_strdup_printf (_("Learner %s"), here_name),
                g_strdup_printf (_("The file names the learner %s; the name here is kept."), name));

  for (guint i = 0; i < import->decisions->len; i++)
    {
      InDecision *d = g_ptr_array_index (import->decisions, i);
      g_autoptr(PolkuCompetenceRecord) here = NULL;
      g_autofree char *short_text = key_text (d->requirement);
      g_autofree char *subject = NULL;
      g_autofree char *detail = NULL;

      subject = g_strdup_printf (_("Item “%s”"), short_text);
      import->group = unit_label (store, import, d->unit);
      d->apply = FALSE;
      d->requirement_id = polku_store_find_requirement_by_key (store, d->requirement, NULL, error);
      if (error != NULL && *error != NULL)
        return FALSE;
      if (d->requirement_id == 0)
        {
          add_change (import, POLKU_EXCHANGE_CHANGE_CONFLICT, g_steal_pointer (&subject),
                      g_strdup (_("The requirement is not in the catalogue here; skipped")));
          continue;
        }
      if (!check_unit (store, import, d->requirement_id, d->requirement, d->unit, error))
        return FALSE;

      here = polku_store_get_competence (store, import->learner_id, d->requirement_id, error);
      if (here == NULL)
        return FALSE;

      /* Only what was sent for review comes back: a file naming other
       * requirements must not recognise things this workshop never saw. */
      if (here->competence_id == 0)
        {
          add_change (import, POLKU_EXCHANGE_CHANGE_CONFLICT, g_steal_pointer (&subject),
                      g_strdup (_("Not recorded for this learner here; skipped")));
          continue;
        }

      /* Translators: the first %s is a decision (Recognised, …), the second a date. */
      detail = g_strdup_printf (_("%s on %s"), polku_teacher_decision_get_label (d->value), d->date);

      if (here->teacher_decision == d->value && g_strcmp0 (here->decided_on, d->date) == 0 &&
          g_strcmp0 (here->teacher_comment, d->comment) == 0)
        add_change (import, POLKU_EXCHANGE_CHANGE_UNCHANGED, g_steal_pointer (&subject), g_steal_pointer (&detail));
      else if (here->status == POLKU_COMPETENCE_RECOGNISED && d->value != POLKU_TEACHER_DECISION_RECOGNISED)
        {
          /* A recognised item is locked: reopening it is a decision of its own. */
          g_autofree char *why = g_strdup_printf (_("%s; already recognised here, so not applied (reopen it first)"),
                                                  detail);
          add_change (import, POLKU_EXCHANGE_CHANGE_CONFLICT, g_steal_pointer (&subject), g_steal_pointer (&why));
        }
      else
        {
          d->apply = TRUE;
          add_change (import,
                      here->teacher_decision == POLKU_TEACHER_DECISION_NONE ? POLKU_EXCHANGE_CHANGE_NEW
                                                                           : POLKU_EXCHANGE_CHANGE_UPDATED,
                      g_steal_pointer (&subject), g_steal_pointer (&detail));
        }
    }

  return TRUE;
}

static gboolean
diff_task_map (PolkuStore           *store,
               PolkuExchangeImport  *import,
               GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);

  import->workshop_id = polku_store_find_workshop_by_name (store, import->workshop, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (import->workshop_id == 0)
    /* Translators: %s is a workshop's name. */
    add_change (import, POLKU_EXCHANGE_CHANGE_NEW, g_strdup_printf (_("Workshop %s"), import->workshop), NULL);
  else
    {
      tasks = polku_store_list_tasks (store, import->workshop_id, TRUE, error);
      if (tasks == NULL)
        return FALSE;
    }

  for (guint i = 0; i < import->tasks->len; i++)
    {
      InTask *t = g_ptr_array_index (import->tasks, i);
      g_autoptr(GPtrArray) mappings = NULL;
      g_autoptr(GPtrArray) codes = NULL;
      g_autoptr(GString) missing = g_string_new (NULL);
      g_autofree char *subject = NULL;
      guint n_missing = 0;

      /* Translators: %s is the title of a workshop task. */
      subject = g_strdup_printf (_("Task %s"), t->title);
      t->task_id = 0;

      /* Two different tasks of one title would become one task here, or two
       * that nobody can tell apart: the first is read, the second is not. */
      t->skip = !g_hash_table_add (titles, t->title);
      if (t->skip)
        {
          add_change (import, POLKU_EXCHANGE_CHANGE_CONFLICT, g_steal_pointer (&subject),
                      g_strdup (_("The file has another task of this title; only the first one is read")));
          continue;
        }

      /* The first of several tasks of this title here (the store allows them). */
      for (guint j = 0; tasks != NULL && j < tasks->len && t->task_id == 0; j++)
        {
          PolkuTaskRecord *task = g_ptr_array_index (tasks, j);

          if (g_strcmp0 (task->title, t->title) == 0)
            t->task_id = task->task_id;
        }

      if (t->task_id != 0)
        {
          mappings = polku_store_list_task_mappings (store, t->task_id, error);
          if (mappings == NULL)
            return FALSE;
          codes = polku_store_list_task_codes (store, t->task_id, error);
          if (codes == NULL)
            return FALSE;
        }

      g_clear_pointer (&t->map_ids, g_array_unref);
      g_clear_pointer (&t->map_codes, g_ptr_array_unref);
      t->map_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      t->map_codes = g_ptr_array_new_with_free_func (g_free);

      for (guint j = 0; j < t->requirements->len; j++)
        {
          const char *key = g_ptr_array_index (t->requirements, j);
          gint64 id = polku_store_find_requirement_by_key (store, key, NULL, error);
          gboolean mapped = FALSE;

          if (error != NULL && *error != NULL)
            return FALSE;
          if (id == 0)
            {
              g_autofree char *text = key_text (key);
              g_autofree char *diaari = g_strndup (key, strcspn (key, "|"));

              if (n_missing++ > 0)
                g_string_append (missing, "; ");
              /* Translators: the first %s is a requirement, the second a diaarinumero. */
              g_string_append_printf (missing, _("“%s” (qualification %s)"), text, diaari);
              continue;
            }

          for (guint k = 0; mappings != NULL && k < mappings->len; k++)
            {
              PolkuMappingRecord *m = g_ptr_array_index (mappings, k);
              mapped |= !m->by_code && m->requirement_id == id;
            }
          if (!mapped)
            g_array_append_val (t->map_ids, id);
        }

      for (guint j = 0; j < t->codes->len; j++)
        {
          const char *code = g_ptr_array_index (t->codes, j);
          gboolean mapped = FALSE;

          for (guint k = 0; codes != NULL && k < codes->len; k++)
            mapped |= g_strcmp0 (((PolkuMappingRecord *) g_ptr_array_index (codes, k))->koodi_uri, code) == 0;
          if (!mapped)
            g_ptr_array_add (t->map_codes, g_strdup (code));
        }

      if (t->task_id == 0)
        add_change (import, POLKU_EXCHANGE_CHANGE_NEW, g_strdup (subject),
                    /* Translators: %u is a number of mappings. */
                    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u mapping", "%u mappings",
                                                  t->map_ids->len + t->map_codes->len),
                                     t->map_ids->len + t->map_codes->len));
      else if (t->map_ids->len + t->map_codes->len > 0)
        add_change (import, POLKU_EXCHANGE_CHANGE_UPDATED, g_strdup (subject),
                    /* Translators: %u is a number of mappings. */
                    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new mapping", "%u new mappings",
                                                  t->map_ids->len + t->map_codes->len),
                                     t->map_ids->len + t->map_codes->len));
      else
        add_change (import, POLKU_EXCHANGE_CHANGE_UNCHANGED, g_strdup (subject), NULL);

      if (n_missing > 0)
        add_change (import, POLKU_EXCHANGE_CHANGE_CONFLICT, g_strdup (subject),
                    /* Translators: %s lists requirements with their qualification's diaarinumero. */
                    g_strdup_printf (_("Not in the catalogue here, skipped: %s"), missing->str));
    }

  return TRUE;
}

static gboolean
diff (PolkuStore           *store,
      PolkuExchangeImport  *import,
      GError              **error)
{
  gboolean ok;

  g_clear_pointer (&import->changes, g_ptr_array_unref);
  import->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  import->group = NULL;

  switch (import->kind)
    {
    case POLKU_EXCHANGE_PACKAGE:
      ok = diff_package (store, import, error);
      break;
    case POLKU_EXCHANGE_DECISIONS:
      ok = diff_decisions (store, import, error);
      break;
    case POLKU_EXCHANGE_TASK_MAP:
      ok = diff_task_map (store, import, error);
      break;
    default:
      g_assert_not_reached ();
    }

  import->group = NULL;
  return ok;
}

gboolean
polku_exchange_bytes_look_like_xml (GBytes *bytes)
{
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  /* Skip a UTF-8 byte order mark and white space. */
  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      size -= 3;
    }
  while (size > 0 && g_ascii_isspace (*data))
    {
      data++;
      size--;
    }

  /* UTF-16 byte order marks: an XML file in the wrong encoding is still ours to refuse. */
  if (size >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                    ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    return TRUE;

  /* An HTML error page or another XML document is not ours: the ePerusteet
   * importer explains those better. */
  return size > 0 && data[0] == '<' && g_strstr_len (data, (gssize) size, "polku-exchange") != NULL;
}

/**
 * polku_exchange_import_prepare_bytes:
 *
 * Returns: (transfer full): the parsed, validated and compared file; nothing
 *   is written
 */
PolkuExchangeImport *
polku_exchange_import_prepare_bytes (PolkuStore  *store,
                                     GBytes      *bytes,
                                     const char  *name,
                                     GError     **error)
{
  g_autoptr(PolkuExchangeImport) import = NULL;
  g_autoptr(xmlDoc) doc = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  doc = read_document (bytes, name, error);
  if (doc == NULL)
    return NULL;

  import = g_new0 (PolkuExchangeImport, 1);
  import->name = g_strdup (name);
  parse_document (import, xmlDocGetRootElement (doc));
  if (!check_content (import, error))
    return NULL;

  if (!diff (store, import, error))
    return NULL;

  return g_steal_pointer (&import);
}

PolkuExchangeImport *
polku_exchange_import_prepare (PolkuStore  *store,
                               GFile       *file,
                               GError     **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (POLKU_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);

  /* The type and size are checked before the file is opened: a FIFO would
   * block in open(), /dev/zero never ends. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    goto failed;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NOT_XML,
                   _("“%s” is not an ordinary file (a folder, a device or a broken link); it was not read."), name);
      return NULL;
    }
  if (g_file_info_get_size (info) > POLKU_EXCHANGE_MAX_SIZE)
    {
      g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TOO_LARGE,
                   _("“%s” is larger than %d MiB, too large for an exchange file."),
                   name, POLKU_EXCHANGE_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  /* At most one byte over the limit, even if the file grows meanwhile. */
  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    goto failed;
  {
    gsize limit = POLKU_EXCHANGE_MAX_SIZE + 1;
    char *buffer = g_malloc (limit);
    gsize n_read = 0;

    if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, limit, &n_read, NULL, &local_error))
      {
        g_free (buffer);
        goto failed;
      }
    bytes = g_bytes_new_take (g_realloc (buffer, MAX (n_read, 1)), n_read);
  }

  return polku_exchange_import_prepare_bytes (store, bytes, name, error);

failed:
  /* GIO's message names the path only sometimes; say which file. */
  /* Translators: the first %s is a file name, the second the system's reason. */
  g_set_error (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_FAILED,
               _("Could not read “%s”: %s"), name, local_error->message);
  return NULL;
}

PolkuExchangeKind
polku_exchange_import_get_kind (PolkuExchangeImport *import)
{
  g_return_val_if_fail (import != NULL, POLKU_EXCHANGE_PACKAGE);
  return import->kind;
}

GPtrArray *
polku_exchange_import_get_changes (PolkuExchangeImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return import->changes;
}

const char *
polku_exchange_import_get_sender (PolkuExchangeImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return import->sender;
}

const char *
polku_exchange_import_get_created (PolkuExchangeImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return import->created;
}

const char *
polku_exchange_import_get_name (PolkuExchangeImport *import)
{
  g_return_val_if_fail (import != NULL, NULL);
  return import->name;
}

gint64
polku_exchange_import_get_learner_id (PolkuExchangeImport *import)
{
  g_return_val_if_fail (import != NULL, 0);
  return import->kind == POLKU_EXCHANGE_TASK_MAP ? 0 : import->learner_id;
}

gint64
polku_exchange_import_get_workshop_id (PolkuExchangeImport *import)
{
  g_return_val_if_fail (import != NULL, 0);
  return import->kind == POLKU_EXCHANGE_TASK_MAP ? import->workshop_id : 0;
}

guint
polku_exchange_import_count (PolkuExchangeImport     *import,
                             PolkuExchangeChangeKind  kind)
{
  guint n = 0;

  g_return_val_if_fail (import != NULL, 0);

  for (guint i = 0; i < import->changes->len; i++)
    n += ((PolkuExchangeChange *) g_ptr_array_index (import->changes, i))->kind == kind;
  return n;
}

/* -------------------------------------------------------------- applying */

static gboolean
apply_package (PolkuStore           *store,
               PolkuExchangeImport  *import,
               GError              **error)
{
  gint64 learner_id = import->learner_id;

  if (import->add_provider)
    {
      PolkuProviderRecord provider = { 0 };

      provider.name = import->recipient;
      /* The schema takes any code; the table only an organisation OID. */
      if (polku_provider_oid_is_valid (import->recipient_oid))
        provider.oid = import->recipient_oid;
      import->provider_id = polku_store_add_provider (store, &provider, error);
      if (import->provider_id == 0)
        return FALSE;
    }

  if (learner_id == 0)
    {
      PolkuLearnerRecord record = { 0 };

      record.first_names = import->first_names;
      record.last_name = import->last_name;
      record.student_number = import->student_number;
      record.status = import->make_student ? POLKU_LEARNER_STATUS_OPISKELIJA : POLKU_LEARNER_STATUS_VALMENTAUTUJA;
      record.provider_id = import->set_provider ? import->provider_id : 0;
      learner_id = polku_store_add_learner (store, &record, error);
      if (learner_id == 0 || !polku_store_set_learner_exchange_uuid (store, learner_id, import->uuid, error))
        return FALSE;
    }
  else if (import->set_student_number || import->make_student || import->set_provider)
    {
      g_autoptr(PolkuLearnerRecord) learner = polku_store_get_learner (store, learner_id, error);

      if (learner == NULL)
        return FALSE;
      if (import->set_student_number)
        {
          g_free (learner->student_number);
          learner->student_number = g_strdup (import->student_number);
        }
      if (import->make_student)
        learner->status = POLKU_LEARNER_STATUS_OPISKELIJA;
      if (import->set_provider)
        learner->provider_id = import->provider_id;
      if (!polku_store_update_learner (store, learner, error))
        return FALSE;
    }

  if (import->set_plan_peruste)
    {
      g_autoptr(PolkuPlanRecord) plan = polku_store_get_plan (store, learner_id, error);

      if (plan == NULL)
        return FALSE;
      plan->peruste_id = import->peruste_id;
      if (!polku_store_update_plan (store, plan, error))
        return FALSE;
    }

  for (guint i = 0; i < import->units->len; i++)
    {
      InUnit *u = g_ptr_array_index (import->units, i);
      g_autoptr(PolkuPlanUnitRecord) record = NULL;
      gint64 plan_unit_id;

      if (!u->add)
        continue;

      plan_unit_id = polku_store_add_plan_unit (store, learner_id, u->unit_id, error);
      if (plan_unit_id == 0)
        return FALSE;

      if (u->starts_on != NULL || u->ends_on != NULL)
        {
          record = polku_store_get_plan_unit (store, plan_unit_id, error);
          if (record == NULL)
            return FALSE;
          g_free (record->starts_on);
          g_free (record->ends_on);
          record->starts_on = g_strdup (u->starts_on);
          record->ends_on = g_strdup (u->ends_on);
          if (!polku_store_update_plan_unit (store, record, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < import->items->len; i++)
    {
      InItem *it = g_ptr_array_index (import->items, i);
      PolkuCompetenceEdit edit = { 0 };

      if (it->requirement_id == 0 || it->fields == 0)
        continue;

      edit.fields = it->fields;
      edit.status = it->status;
      edit.observation = it->observation;
      edit.observed_by = it->observed_by;
      edit.own_view = it->own_view;
      edit.evidence = it->evidence;
      edit.shown_on = it->shown_on;
      if (!polku_store_edit_competence (store, learner_id, it->requirement_id, &edit, error))
        return FALSE;
    }

  import->learner_id = learner_id;
  return TRUE;
}

static gboolean
apply_decisions (PolkuStore           *store,
                 PolkuExchangeImport  *import,
                 GError              **error)
{
  for (guint i = 0; i < import->decisions->len; i++)
    {
      InDecision *d = g_ptr_array_index (import->decisions, i);

      if (!d->apply)
        continue;

      if (!polku_store_record_teacher_decision (store, import->learner_id, d->requirement_id, d->value,
                                                d->comment, d->teacher, d->organisation, d->date, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
apply_task_map (PolkuStore           *store,
                PolkuExchangeImport  *import,
                GError              **error)
{
  g_autofree char *note = NULL;
  PolkuRecognition who = { 0 };

  if (import->workshop_id == 0)
    {
      PolkuWorkshopRecord record = { 0 };

      record.name = import->workshop;
      import->workshop_id = polku_store_add_workshop (store, &record, error);
      if (import->workshop_id == 0)
        return FALSE;
    }

  /* Translators: %s is the organisation that sent a task map. */
  note = g_strdup_printf (_("From a task map sent by %s"), import->sender);
  who.note = note;

  for (guint i = 0; i < import->tasks->len; i++)
    {
      InTask *t = g_ptr_array_index (import->tasks, i);

      if (t->skip)
        continue;

      if (t->task_id == 0)
        {
          PolkuTaskRecord record = { 0 };

          record.workshop_id = import->workshop_id;
          record.title = t->title;
          record.description = t->description;
          record.duration = t->duration;
          record.tools = t->tools;
          record.safety = t->safety;
          record.active = TRUE;
          t->task_id = polku_store_add_task (store, &record, error);
          if (t->task_id == 0)
            return FALSE;
        }

      for (guint j = 0; j < t->map_ids->len; j++)
        if (!polku_store_map_requirement (store, t->task_id, g_array_index (t->map_ids, gint64, j), &who, error))
          return FALSE;

      for (guint j = 0; j < t->map_codes->len; j++)
        if (!polku_store_map_code (store, t->task_id, g_ptr_array_index (t->map_codes, j), &who, error))
          return FALSE;
    }

  return TRUE;
}

/**
 * polku_exchange_import_apply:
 *
 * Compares the file with the database again (it may have changed since
 * prepare) and writes the changes in one transaction.
 */
gboolean
polku_exchange_import_apply (PolkuStore           *store,
                             PolkuExchangeImport  *import,
                             GError              **error)
{
  gboolean ok;
  guint n_changes;

  g_return_val_if_fail (POLKU_IS_STORE (store), FALSE);
  g_return_val_if_fail (import != NULL, FALSE);

  if (!polku_store_begin (store, error))
    return FALSE;

  ok = diff (store, import, error);
  if (ok)
    {
      switch (import->kind)
        {
        case POLKU_EXCHANGE_PACKAGE:
          ok = apply_package (store, import, error);
          break;
        case POLKU_EXCHANGE_DECISIONS:
          ok = apply_decisions (store, import, error);
          break;
        case POLKU_EXCHANGE_TASK_MAP:
          ok = apply_task_map (store, import, error);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  n_changes = ok ? import->changes->len - polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_UNCHANGED) : 0;
  if (ok)
    ok = polku_store_log_exchange_import (store, polku_exchange_kind_to_string (import->kind), import->sender,
                                          import->created,
                                          import->kind != POLKU_EXCHANGE_TASK_MAP ? import->learner_id : 0,
                                          import->kind == POLKU_EXCHANGE_TASK_MAP ? import->workshop_id : 0,
                                          n_changes, error);
  if (ok)
    {
      g_autofree char *detail = g_strdup_printf ("%s from %s", import->name, import->sender);
      ok = polku_store_log_change (store, "exchange import", polku_exchange_kind_to_string (import->kind), detail,
                                   error);
    }

  if (!ok)
    {
      polku_store_rollback (store);
      return FALSE;
    }

  if (!polku_store_commit (store, error))
    return FALSE;

  if (!polku_store_in_transaction (store))
    {
      if (import->kind == POLKU_EXCHANGE_TASK_MAP)
        polku_store_emit_changed (store, "workshop");
      else
        {
          polku_store_emit_changed (store, "learners");
          polku_store_emit_changed (store, "review");
        }
    }

  return TRUE;
}
