/* polku-model-record-private.h: glue shared by the model objects that mirror a
 * store record (workshops, tasks, providers, agreements …) and by their lists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  POLKU_FIELD_STRING,
  POLKU_FIELD_BOOLEAN,
  POLKU_FIELD_INT,
  POLKU_FIELD_UINT,
  POLKU_FIELD_INT64,
  POLKU_FIELD_DOUBLE,
  POLKU_FIELD_ENUM,
} PolkuFieldType;

/* A property that reads one member of the record. */
typedef struct
{
  guint          prop_id;
  PolkuFieldType type;
  gsize          offset;
} PolkuRecordField;

#define POLKU_FIELD(prop, type, Record, member) { prop, type, G_STRUCT_OFFSET (Record, member) }

gboolean _polku_record_get_value     (const PolkuRecordField *fields,
                                      guint                   n_fields,
                                      guint                   prop_id,
                                      gconstpointer           record,
                                      GValue                 *value);
void     _polku_record_notify_diff   (GObject                *object,
                                      GParamSpec            **pspecs,
                                      const PolkuRecordField *fields,
                                      guint                   n_fields,
                                      gconstpointer           old_record,
                                      gconstpointer           new_record);
gboolean _polku_set_string           (char                  **location,
                                      const char             *value);
char   **_polku_record_string_member (gpointer                record,
                                      gsize                   offset);

/* Replaces the objects in @items by those in @new_items (both own their
 * references) and emits the smallest items-changed on @model. Returns whether
 * the number of items changed. */
gboolean _polku_list_model_replace   (GListModel             *model,
                                      GPtrArray              *items,
                                      GPtrArray              *new_items);

/* Where the item with @id is in @items (objects whose id @get_id returns), or -1. */
int      _polku_list_find_id         (GPtrArray              *items,
                                      gint64                (*get_id) (gpointer item),
                                      gint64                  id);

typedef gint64   (*PolkuItemIdFunc)     (gpointer      item);
typedef gint64   (*PolkuRecordIdFunc)   (gconstpointer record,
                                         gpointer      data);
typedef gpointer (*PolkuMakeItemFunc)   (gpointer      data,
                                         gconstpointer record);
typedef void     (*PolkuUpdateItemFunc) (gpointer      item,
                                         gconstpointer record);

/* Brings @items in line with @records: objects are kept (and updated) by id so
 * that views keep their rows, new ones are made, gone ones dropped. Returns
 * whether the number of items changed. */
gboolean _polku_list_model_sync      (GListModel             *model,
                                      GPtrArray              *items,
                                      GPtrArray              *records,
                                      PolkuItemIdFunc         item_id,
                                      PolkuRecordIdFunc       record_id,
                                      PolkuMakeItemFunc       make_item,
                                      PolkuUpdateItemFunc     update_item,
                                      gpointer                data);

G_END_DECLS
