/* polku-print-i18n.c: a small reader for compiled gettext catalogues (.mo).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-print-i18n"

#include "config.h"

#include <string.h>

#include "polku-print-i18n.h"

#define MO_MAGIC         0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U

/* language → GHashTable (msgid → GStrv of forms), or NULL when there is none.
 * Catalogues are never freed, so that returned strings stay valid. */
static GHashTable *catalogues;
G_LOCK_DEFINE_STATIC (catalogues);

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/* Returns the string at table entry @i, or NULL when the file lies about it. */
static const char *
entry_string (const guint8 *data,
              gsize         size,
              guint32       table,
              guint32       i,
              gboolean      swapped,
              guint32      *length)
{
  gsize entry = (gsize) table + (gsize) i * 8;
  guint32 offset;

  if (entry + 8 > size)
    return NULL;

  *length = read_u32 (data, entry, swapped);
  offset = read_u32 (data, entry + 4, swapped);

  /* The string and its terminating NUL must lie inside the file. */
  if ((gsize) offset + *length >= size || data[offset + *length] != '\0')
    return NULL;

  return (const char *) data + offset;
}

static GStrv
split_forms (const char *str,
             guint32     length)
{
  GPtrArray *forms = g_ptr_array_new ();
  const char *end = str + length;

  for (const char *p = str; p <= end; p += strlen (p) + 1)
    g_ptr_array_add (forms, g_strdup (p));
  g_ptr_array_add (forms, NULL);

  return (GStrv) g_ptr_array_free (forms, FALSE);
}

static GHashTable *
parse_catalogue (GBytes *bytes)
{
  g_autoptr(GHashTable) table = NULL;
  const guint8 *data;
  gsize size;
  guint32 magic, n, originals, translations;
  gboolean swapped;

  data = g_bytes_get_data (bytes, &size);
  if (size < 28)
    return NULL;

  memcpy (&magic, data, sizeof magic);
  if (magic == MO_MAGIC)
    swapped = FALSE;
  else if (magic == MO_MAGIC_SWAPPED)
    swapped = TRUE;
  else
    return NULL;

  n = read_u32 (data, 8, swapped);
  originals = read_u32 (data, 12, swapped);
  translations = read_u32 (data, 16, swapped);

  table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);

  for (guint32 i = 0; i < n; i++)
    {
      const char *msgid, *msgstr;
      guint32 msgid_len, msgstr_len;

      msgid = entry_string (data, size, originals, i, swapped, &msgid_len);
      msgstr = entry_string (data, size, translations, i, swapped, &msgstr_len);
      if (msgid == NULL || msgstr == NULL)
        return NULL;

      /* The empty msgid is the header; an empty msgstr means untranslated. */
      if (*msgid == '\0' || *msgstr == '\0')
        continue;

      /* A plural entry is "singular\0plural": the singular is the key. */
      g_hash_table_replace (table, g_strdup (msgid), split_forms (msgstr, msgstr_len));
    }

  return g_steal_pointer (&table);
}

static GHashTable *
load_catalogue (const char *language)
{
  const char *localedir = g_getenv ("POLKU_LOCALEDIR");
  g_autofree char *path = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (localedir == NULL)
    localedir = LOCALEDIR;

  path = g_build_filename (localedir, language, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  mapped = g_mapped_file_new (path, FALSE, NULL);
  if (mapped == NULL)
    return NULL;

  bytes = g_mapped_file_get_bytes (mapped);
  return parse_catalogue (bytes);
}

static GHashTable *
lookup_catalogue_locked (const char *language)
{
  GHashTable *catalogue;

  if (catalogues == NULL)
    catalogues = g_hash_table_new (g_str_hash, g_str_equal);

  if (g_hash_table_lookup_extended (catalogues, language, NULL, (gpointer *) &catalogue))
    return catalogue;

  catalogue = load_catalogue (language);

  /* "fi_FI" falls back to "fi". */
  if (catalogue == NULL && strchr (language, '_') != NULL)
    {
      g_autofree char *base = g_strndup (language, strcspn (language, "_"));
      catalogue = lookup_catalogue_locked (base);
    }

  g_hash_table_insert (catalogues, g_strdup (language), catalogue);
  return catalogue;
}

static const char * const *
lookup (const char *language,
        const char *msgid)
{
  GHashTable *catalogue;
  const char * const *forms = NULL;

  if (language == NULL || *language == '\0' || g_str_equal (language, "C") ||
      g_str_has_prefix (language, "en"))
    return NULL;

  G_LOCK (catalogues);
  catalogue = lookup_catalogue_locked (language);
  if (catalogue != NULL)
    forms = g_hash_table_lookup (catalogue, msgid);
  G_UNLOCK (catalogues);

  return forms;
}

const char *
polku_print_gettext (const char *language,
                     const char *msgid)
{
  const char * const *forms;

  g_return_val_if_fail (msgid != NULL, NULL);

  forms = lookup (language, msgid);
  return forms != NULL ? forms[0] : msgid;
}

/* Finnish and Swedish both use nplurals=2; plural=(n != 1). */
const char *
polku_print_ngettext (const char *language,
                      const char *msgid,
                      const char *msgid_plural,
                      gulong      n)
{
  const char * const *forms;

  g_return_val_if_fail (msgid != NULL, NULL);
  g_return_val_if_fail (msgid_plural != NULL, NULL);

  forms = lookup (language, msgid);
  if (forms != NULL && forms[1] != NULL)
    return n != 1 ? forms[1] : forms[0];

  /* Two strings marked one by one (with N_) are two plain entries. */
  if (n != 1)
    return polku_print_gettext (language, msgid_plural);
  return forms != NULL ? forms[0] : msgid;
}
