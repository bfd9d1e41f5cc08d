/* polku-exchange-xml.h: XML exchange files between a workshop and a school.
 *
 * Three kinds of file (format: resources/schema/README.md, schema
 * resources/schema/polku-exchange.rng):
 *   package   coach → school: a learner, the plan units and the competence items
 *             the coach sends for review, with the evidence chosen;
 *   decisions school → workshop: the teacher's decision per item;
 *   task-map  workshop → workshop: tasks and their mappings by national codes.
 *
 * Reading is two steps: polku_exchange_import_prepare() parses, validates and
 * compares with the database without writing anything; polku_exchange_import_apply()
 * writes the changes in one transaction. Every read is checked against the schema;
 * hostile input (DOCTYPE, entities, oversized, truncated, …) is refused with its own
 * POLKU_EXCHANGE_ERROR code and a message naming the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store.h"

G_BEGIN_DECLS

/* The format version written; files with a higher major version are refused. */
#define POLKU_EXCHANGE_FORMAT_VERSION "1.0"
/* Files larger than this are refused before parsing. */
#define POLKU_EXCHANGE_MAX_SIZE (16 * 1024 * 1024)
/* XML namespace of the root element. */
#define POLKU_EXCHANGE_NAMESPACE "urn:polku:exchange:1"

typedef enum
{
  POLKU_EXCHANGE_PACKAGE,       /* "package" */
  POLKU_EXCHANGE_DECISIONS,     /* "decisions" */
  POLKU_EXCHANGE_TASK_MAP,      /* "task-map" */
} PolkuExchangeKind;

const char *polku_exchange_kind_to_string (PolkuExchangeKind kind);
/* Translated, for the UI ("Competence package", …). */
const char *polku_exchange_kind_get_title (PolkuExchangeKind kind);

typedef struct
{
  gint64        learner_id;
  gint64        provider_id;          /* receiving education provider; needs an active consent */
  const gint64 *unit_ids;             /* plan units (unit_id of the catalogue) to send */
  guint         n_unit_ids;           /* NULL/0 = every unit of the plan */
  gboolean      include_student_number;
  gboolean      include_observations; /* the coach's observations of each item */
  gboolean      include_own_views;    /* the learner's own view (self-assessment) */
  gboolean      include_evidence;     /* evidence descriptions (and demonstrations) */
} PolkuPackageOptions;

/* Sets defaults: everything off, ids 0. */
void      polku_package_options_init        (PolkuPackageOptions *options);

/* Translated plain text (several lines) saying which personal data would leave
 * the machine with these options; fails as export would (no consent, …). */
char     *polku_exchange_describe_package   (PolkuStore                *store,
                                             const PolkuPackageOptions *options,
                                             GError                   **error);
gboolean  polku_exchange_export_package     (PolkuStore                *store,
                                             const PolkuPackageOptions *options,
                                             GFile                     *file,
                                             GError                   **error);
/* Every teacher decision recorded for the learner (the teacher side). */
gboolean  polku_exchange_export_decisions   (PolkuStore                *store,
                                             gint64                     learner_id,
                                             GFile                     *file,
                                             GError                   **error);
gboolean  polku_exchange_export_task_map    (PolkuStore                *store,
                                             gint64                     workshop_id,
                                             GFile                     *file,
                                             GError                   **error);

/* True when the first bytes of a file (a few KiB) look like one of our XML files:
 * markup naming polku-exchange, or a UTF-16 byte order mark. For dispatching
 * --import; a cheap sniff, not a validation. */
gboolean  polku_exchange_bytes_look_like_xml (GBytes *bytes);

typedef enum
{
  POLKU_EXCHANGE_CHANGE_NEW,
  POLKU_EXCHANGE_CHANGE_UPDATED,
  POLKU_EXCHANGE_CHANGE_CONFLICT,   /* applied only as said in detail; see below */
  POLKU_EXCHANGE_CHANGE_UNCHANGED,
} PolkuExchangeChangeKind;

typedef struct
{
  PolkuExchangeChangeKind  kind;
  char                    *subject;  /* translated: "Learner Aino Virtanen", "Unit 123: …" */
  char                    *detail;   /* translated, may be NULL */
  /* Items and decisions: their unit, translated ("Ajoneuvon huoltotyöt (unit
   * 106945)", the same text as the unit's own change), for grouping a long
   * list; NULL for other changes. */
  char                    *group;
} PolkuExchangeChange;

typedef struct _PolkuExchangeImport PolkuExchangeImport;

/* Parsed + validated + diffed; nothing written. */
PolkuExchangeImport *polku_exchange_import_prepare       (PolkuStore   *store,
                                                          GFile        *file,
                                                          GError      **error);
/* The same from memory; name is used in messages (file name). */
PolkuExchangeImport *polku_exchange_import_prepare_bytes (PolkuStore   *store,
                                                          GBytes       *bytes,
                                                          const char   *name,
                                                          GError      **error);
PolkuExchangeKind    polku_exchange_import_get_kind      (PolkuExchangeImport *import);
/* PolkuExchangeChange*, owned by the import. */
GPtrArray           *polku_exchange_import_get_changes   (PolkuExchangeImport *import);
/* The sending organisation's name as written in the file. */
const char          *polku_exchange_import_get_sender    (PolkuExchangeImport *import);
/* ISO timestamp of the file's creation. */
const char          *polku_exchange_import_get_created   (PolkuExchangeImport *import);
/* The file's name as used in messages. */
const char          *polku_exchange_import_get_name      (PolkuExchangeImport *import);
/* The learner here (package, decisions): 0 while a new one is not yet applied. */
gint64               polku_exchange_import_get_learner_id (PolkuExchangeImport *import);
/* The workshop here (task map): 0 while a new one is not yet applied. */
gint64               polku_exchange_import_get_workshop_id (PolkuExchangeImport *import);
/* Counts of changes by kind (for summaries). */
guint                polku_exchange_import_count         (PolkuExchangeImport    *import,
                                                          PolkuExchangeChangeKind kind);
/* Writes the changes in one transaction; on failure the database is unchanged.
 * Conflicts: a decision for an item already recognised with another value is
 * skipped; a learner whose name differs keeps the local name; a second task of
 * a title already read is skipped. A package with a student number makes the
 * learner a student of the recipient (resources/schema/README.md). Fails with
 * POLKU_STORE_ERROR if the database changed so that the diff no longer holds. */
gboolean             polku_exchange_import_apply         (PolkuStore          *store,
                                                          PolkuExchangeImport *import,
                                                          GError             **error);
void                 polku_exchange_import_free          (PolkuExchangeImport *import);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuExchangeImport, polku_exchange_import_free)

G_END_DECLS
