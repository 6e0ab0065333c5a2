# Build speed (docs/performance.md, "Build time"): what a clean build costs in CPU time.
# Included once from the top CMakeLists.txt, before the libraries and tests are defined.

# Debug information of RelWithDebInfo builds. -g1 keeps function names and line tables, so
# backtraces (gdb bt, sanitizers, addr2line, core dumps) still show functions, files and lines; it
# leaves out local variables and types, and makes a compile about a quarter cheaper. The code
# generated is the same as with -g. -DFACTURO_DEBUG_INFO=-g gives full debug information back.
set(FACTURO_DEBUG_INFO "-g1" CACHE STRING "Debug information flag of RelWithDebInfo builds (-g1 or -g)")
if(FACTURO_DEBUG_INFO)
    add_compile_options($<$<CONFIG:RelWithDebInfo>:${FACTURO_DEBUG_INFO}>)
endif()

# Linking with lld (Debian package lld): the test programs each link Qt and the static libraries.
find_program(FACTURO_LLD_PROGRAM ld.lld)
include(CheckLinkerFlag)
if(FACTURO_LLD_PROGRAM)
    check_linker_flag(CXX "-fuse-ld=lld" FACTURO_HAVE_LLD)
endif()
include(CMakeDependentOption)
cmake_dependent_option(FACTURO_LLD "Link with lld" ON "FACTURO_HAVE_LLD" OFF)
if(FACTURO_LLD)
    add_link_options(-fuse-ld=lld)
endif()

# Precompiled headers. Every source file parses the same Qt (and in tests Catch2) headers; a
# precompiled header parses them once per group of targets with the same compile flags. With a
# compiler launcher (ccache, as in the worktrees) they are off by default: ccache caches best
# without them, and a build without them also shows a missing #include.
if(CMAKE_CXX_COMPILER_LAUNCHER)
    set(facturo_pch_default OFF)
else()
    set(facturo_pch_default ON)
endif()
option(FACTURO_PCH "Precompile the Qt and Catch2 headers" ${facturo_pch_default})

# Headers of each group. Only system headers: a header of the project in a precompiled header
# would rebuild everything at each of its changes.
set(FACTURO_PCH_HEADERS_base
    <algorithm> <functional> <memory> <optional> <utility> <vector>
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QLocale> <QMap> <QObject>
    <QRegularExpression> <QSet> <QString> <QStringList> <QTimer> <QVariant>)
set(FACTURO_PCH_HEADERS_core ${FACTURO_PCH_HEADERS_base}
    <QSqlDatabase> <QSqlError> <QSqlQuery>)
set(FACTURO_PCH_HEADERS_widgets ${FACTURO_PCH_HEADERS_core}
    <QAction> <QApplication> <QBoxLayout> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox>
    <QFormLayout> <QHeaderView> <QLabel> <QLineEdit> <QMessageBox> <QPainter> <QPushButton>
    <QTableView> <QWidget>)
set(FACTURO_PCH_HEADERS_test ${FACTURO_PCH_HEADERS_core}
    <catch2/catch.hpp> <QElapsedTimer> <QProcess> <QTemporaryDir>)
set(FACTURO_PCH_HEADERS_test_widgets ${FACTURO_PCH_HEADERS_widgets}
    <catch2/catch.hpp> <QElapsedTimer> <QProcess> <QTemporaryDir>)

# facturo_precompile(target group): the target uses the precompiled headers of the group
# (base, core, widgets, test, test_widgets). The first target of a group compiles them, the
# others reuse that file. GCC refuses a precompiled header (-Winvalid-pch, an error under
# -Werror) when a macro defined for the first target is not defined the same way for the
# other, so the first target has the fewest definitions (QT_*_LIB...) of its group; the others
# may add definitions that those headers do not read (not QT_NO_KEYWORDS, CATCH_CONFIG_*...).
function(facturo_precompile target group)
    if(NOT FACTURO_PCH)
        return()
    endif()
    get_property(owner GLOBAL PROPERTY FACTURO_PCH_OWNER_${group})
    if(owner)
        target_precompile_headers(${target} REUSE_FROM ${owner})
    else()
        target_precompile_headers(${target} PRIVATE ${FACTURO_PCH_HEADERS_${group}})
        set_property(GLOBAL PROPERTY FACTURO_PCH_OWNER_${group} ${target})
    endif()
endfunction()

# facturo_pch_owner(name group LIBS...): an object library that only compiles the precompiled
# headers of the group with the usage requirements of LIBS, for the targets that reuse them.
function(facturo_pch_owner name group)
    if(NOT FACTURO_PCH)
        return()
    endif()
    file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp
        CONTENT "// Compiles the precompiled headers of the group ${group}.\n")
    add_library(${name} OBJECT ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpp)
    set_target_properties(${name} PROPERTIES AUTOMOC OFF AUTORCC OFF)
    target_link_libraries(${name} PRIVATE ${ARGN})
    facturo_precompile(${name} ${group})
endfunction()
