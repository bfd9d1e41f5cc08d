/* polku-structure-node.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-catalogue-format.h"
#include "polku-store.h"

G_BEGIN_DECLS

#define POLKU_TYPE_STRUCTURE_NODE (polku_structure_node_get_type ())

G_DECLARE_FINAL_TYPE (PolkuStructureNode, polku_structure_node, POLKU, STRUCTURE_NODE, GObject)

typedef enum
{
  POLKU_STRUCTURE_ROLE_NONE,
  POLKU_STRUCTURE_ROLE_OSAAMISALA,
  POLKU_STRUCTURE_ROLE_TUTKINTONIMIKE,
  POLKU_STRUCTURE_ROLE_UNSPECIFIED,    /* määrittelemätön: chosen locally or elsewhere */
  POLKU_STRUCTURE_ROLE_OTHER,          /* vieras: units from other qualifications */
} PolkuStructureRole;

PolkuStructureNode *polku_structure_node_load           (PolkuStore          *store,
                                                         gint64               peruste_id,
                                                         const char          *suoritustapa,
                                                         PolkuCreditUnit      credit_unit,
                                                         const char          *language,
                                                         GError             **error);
gpointer            polku_structure_node_create_children_model (gpointer      item,
                                                         gpointer             user_data);

gboolean            polku_structure_node_is_unit        (PolkuStructureNode  *self);
const char         *polku_structure_node_get_path       (PolkuStructureNode  *self);
const char         *polku_structure_node_get_name       (PolkuStructureNode  *self);
const char         *polku_structure_node_get_description (PolkuStructureNode *self);
PolkuStructureRole  polku_structure_node_get_role       (PolkuStructureNode  *self);
const char         *polku_structure_node_get_role_label (PolkuStructureNode  *self);
const char         *polku_structure_node_get_osaamisala_uri     (PolkuStructureNode *self);
const char         *polku_structure_node_get_tutkintonimike_uri (PolkuStructureNode *self);
const char         *polku_structure_node_get_credits_text (PolkuStructureNode *self);
const char         *polku_structure_node_get_count_text (PolkuStructureNode  *self);
const char         *polku_structure_node_get_rule_text  (PolkuStructureNode  *self);
double              polku_structure_node_get_credits_min (PolkuStructureNode *self);
double              polku_structure_node_get_credits_max (PolkuStructureNode *self);
gint64              polku_structure_node_get_unit_id    (PolkuStructureNode  *self);
const char         *polku_structure_node_get_code       (PolkuStructureNode  *self);
const char         *polku_structure_node_get_code_uri   (PolkuStructureNode  *self);
gboolean            polku_structure_node_get_mandatory  (PolkuStructureNode  *self);
gboolean            polku_structure_node_get_mandatory_known (PolkuStructureNode *self);
const char         *polku_structure_node_get_status_label (PolkuStructureNode *self);
gboolean            polku_structure_node_get_missing    (PolkuStructureNode  *self);
GListModel         *polku_structure_node_get_children   (PolkuStructureNode  *self);
guint               polku_structure_node_get_n_units    (PolkuStructureNode  *self);
const char         *polku_structure_node_get_language   (PolkuStructureNode  *self);
void                polku_structure_node_set_language   (PolkuStructureNode  *self,
                                                         const char          *language);
PolkuStructureNode *polku_structure_node_find_unit      (PolkuStructureNode  *self,
                                                         gint64               unit_id);
PolkuStructureNode *polku_structure_node_find_path      (PolkuStructureNode  *self,
                                                         const char          *path);

G_END_DECLS
