/* polku-model-record.c: glue shared by record-backed model objects and their lists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-model-record"

#include "config.h"

#include "polku-model-record-private.h"

static const PolkuRecordField *
find_field (const PolkuRecordField *fields,
            guint                   n_fields,
            guint                   prop_id)
{
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].prop_id == prop_id)
      return &fields[i];

  return NULL;
}

gboolean
_polku_record_get_value (const PolkuRecordField *fields,
                         guint                   n_fields,
                         guint                   prop_id,
                         gconstpointer           record,
                         GValue                 *value)
{
  const PolkuRecordField *field = find_field (fields, n_fields, prop_id);
  gconstpointer member;

  if (field == NULL)
    return FALSE;

  if (record == NULL)
    return TRUE;    /* the default value */

  member = G_STRUCT_MEMBER_P (record, field->offset);
  switch (field->type)
    {
    case POLKU_FIELD_STRING:
      g_value_set_string (value, *(char * const *) member);
      break;
    case POLKU_FIELD_BOOLEAN:
      g_value_set_boolean (value, *(const gboolean *) member);
      break;
    case POLKU_FIELD_INT:
      g_value_set_int (value, *(const int *) member);
      break;
    case POLKU_FIELD_UINT:
      g_value_set_uint (value, *(const guint *) member);
      break;
    case POLKU_FIELD_INT64:
      g_value_set_int64 (value, *(const gint64 *) member);
      break;
    case POLKU_FIELD_DOUBLE:
      g_value_set_double (value, *(const double *) member);
      break;
    case POLKU_FIELD_ENUM:
      g_value_set_enum (value, *(const int *) member);
      break;
    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

static gboolean
member_equal (const PolkuRecordField *field,
              gconstpointer           a,
              gconstpointer           b)
{
  gconstpointer ma = G_STRUCT_MEMBER_P (a, field->offset);
  gconstpointer mb = G_STRUCT_MEMBER_P (b, field->offset);

  switch (field->type)
    {
    case POLKU_FIELD_STRING:
      return g_strcmp0 (*(char * const *) ma, *(char * const *) mb) == 0;
    case POLKU_FIELD_BOOLEAN:
      return (*(const gboolean *) ma != 0) == (*(const gboolean *) mb != 0);
    case POLKU_FIELD_INT:
    case POLKU_FIELD_ENUM:
      return *(const int *) ma == *(const int *) mb;
    case POLKU_FIELD_UINT:
      return *(const guint *) ma == *(const guint *) mb;
    case POLKU_FIELD_INT64:
      return *(const gint64 *) ma == *(const gint64 *) mb;
    case POLKU_FIELD_DOUBLE:
      return *(const double *) ma == *(const double *) mb;
    default:
      g_assert_not_reached ();
    }
}

/* Called after the object switched to @new_record: notifies exactly the
 * properties whose value changed. */
void
_polku_record_notify_diff (GObject                *object,
                           GParamSpec            **pspecs,
                           const PolkuRecordField *fields,
                           guint                   n_fields,
                           gconstpointer           old_record,
                           gconstpointer           new_record)
{
  g_object_freeze_notify (object);
  for (guint i = 0; i < n_fields; i++)
    {
      if (old_record == NULL || new_record == NULL ||
          !member_equal (&fields[i], old_record, new_record))
        g_object_notify_by_pspec (object, pspecs[fields[i].prop_id]);
    }
  g_object_thaw_notify (object);
}

/* g_set_str() arrived in GLib 2.76. */
gboolean
_polku_set_string (char       **location,
                   const char  *value)
{
  if (g_strcmp0 (*location, value) == 0)
    return FALSE;

  g_free (*location);
  *location = g_strdup (value);
  return TRUE;
}

char **
_polku_record_string_member (gpointer record,
                             gsize    offset)
{
  return G_STRUCT_MEMBER_P (record, offset);
}

gboolean
_polku_list_model_replace (GListModel *model,
                           GPtrArray  *items,
                           GPtrArray  *new_items)
{
  guint old_n = items->len;
  guint new_n = new_items->len;
  guint prefix = 0, suffix = 0;

  while (prefix < old_n && prefix < new_n &&
         g_ptr_array_index (items, prefix) == g_ptr_array_index (new_items, prefix))
    prefix++;

  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         g_ptr_array_index (items, old_n - 1 - suffix) == g_ptr_array_index (new_items, new_n - 1 - suffix))
    suffix++;

  /* Take the new references before dropping the old ones: most are the same objects. */
  for (guint i = 0; i < new_n; i++)
    g_object_ref (g_ptr_array_index (new_items, i));
  g_ptr_array_set_size (items, 0);
  for (guint i = 0; i < new_n; i++)
    g_ptr_array_add (items, g_ptr_array_index (new_items, i));

  if (prefix + suffix < old_n || prefix + suffix < new_n)
    g_list_model_items_changed (model, prefix, old_n - prefix - suffix, new_n - prefix - suffix);

  return old_n != new_n;
}

int
_polku_list_find_id (GPtrArray  *items,
                     gint64    (*get_id) (gpointer item),
                     gint64      id)
{
  for (guint i = 0; i < items->len; i++)
    if (get_id (g_ptr_array_index (items, i)) == id)
      return (int) i;

  return -1;
}

gboolean
_polku_list_model_sync (GListModel          *model,
                        GPtrArray           *items,
                        GPtrArray           *records,
                        PolkuItemIdFunc      item_id,
                        PolkuRecordIdFunc    record_id,
                        PolkuMakeItemFunc    make_item,
                        PolkuUpdateItemFunc  update_item,
                        gpointer             data)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) new_items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), items->len);

  /* The hash keys point into @ids, which does not grow after this loop. */
  for (guint i = 0; i < items->len; i++)
    {
      gint64 id = item_id (g_ptr_array_index (items, i));

      g_array_append_val (ids, id);
    }
  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (by_id, &g_array_index (ids, gint64, i), g_ptr_array_index (items, i));

  for (guint i = 0; i < records->len; i++)
    {
      gconstpointer record = g_ptr_array_index (records, i);
      gint64 id = record_id (record, data);
      gpointer item = g_hash_table_lookup (by_id, &id);

      if (item != NULL)
        {
          update_item (item, record);
          g_ptr_array_add (new_items, g_object_ref (item));
          g_hash_table_remove (by_id, &id);
        }
      else
        g_ptr_array_add (new_items, make_item (data, record));
    }

  return _polku_list_model_replace (model, items, new_items);
}
