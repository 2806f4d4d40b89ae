#!/usr/bin/env node
import { createRequire as __podgateCreateRequire } from 'node:module';
const require = __podgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/js-yaml/dist/js-yaml.cjs.js
var require_js_yaml_cjs = __commonJS({
  "node_modules/js-yaml/dist/js-yaml.cjs.js"(exports) {
    Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
    var NOT_RESOLVED2 = /* @__PURE__ */ Symbol("NOT_RESOLVED");
    function defineScalarTag2(tagName, options) {
      var _options$implicit, _options$matchByTagPr, _options$implicitFirs, _options$represent, _options$representTag;
      return {
        tagName,
        nodeKind: "scalar",
        implicit: (_options$implicit = options.implicit) !== null && _options$implicit !== void 0 ? _options$implicit : false,
        matchByTagPrefix: (_options$matchByTagPr = options.matchByTagPrefix) !== null && _options$matchByTagPr !== void 0 ? _options$matchByTagPr : false,
        implicitFirstChars: (_options$implicitFirs = options.implicitFirstChars) !== null && _options$implicitFirs !== void 0 ? _options$implicitFirs : null,
        resolve: options.resolve,
        identify: options.identify,
        represent: (_options$represent = options.represent) !== null && _options$represent !== void 0 ? _options$represent : ((data) => String(data)),
        representTagName: (_options$representTag = options.representTagName) !== null && _options$representTag !== void 0 ? _options$representTag : (() => tagName)
      };
    }
    function defineSequenceTag2(tagName, options) {
      var _options$matchByTagPr2, _options$finalize, _options$represent2, _options$representTag2;
      const carrierIsResult = options.finalize === void 0;
      return {
        tagName,
        nodeKind: "sequence",
        implicit: false,
        matchByTagPrefix: (_options$matchByTagPr2 = options.matchByTagPrefix) !== null && _options$matchByTagPr2 !== void 0 ? _options$matchByTagPr2 : false,
        create: options.create,
        addItem: options.addItem,
        finalize: (_options$finalize = options.finalize) !== null && _options$finalize !== void 0 ? _options$finalize : ((carrier) => carrier),
        carrierIsResult,
        identify: options.identify,
        represent: (_options$represent2 = options.represent) !== null && _options$represent2 !== void 0 ? _options$represent2 : ((data) => data),
        representTagName: (_options$representTag2 = options.representTagName) !== null && _options$representTag2 !== void 0 ? _options$representTag2 : (() => tagName)
      };
    }
    function defineMappingTag2(tagName, options) {
      var _options$matchByTagPr3, _options$finalize2, _options$represent3, _options$representTag3;
      const carrierIsResult = options.finalize === void 0;
      return {
        tagName,
        nodeKind: "mapping",
        implicit: false,
        matchByTagPrefix: (_options$matchByTagPr3 = options.matchByTagPrefix) !== null && _options$matchByTagPr3 !== void 0 ? _options$matchByTagPr3 : false,
        create: options.create,
        addPair: options.addPair,
        has: options.has,
        keys: options.keys,
        get: options.get,
        finalize: (_options$finalize2 = options.finalize) !== null && _options$finalize2 !== void 0 ? _options$finalize2 : ((carrier) => carrier),
        carrierIsResult,
        identify: options.identify,
        represent: (_options$represent3 = options.represent) !== null && _options$represent3 !== void 0 ? _options$represent3 : ((data) => data),
        representTagName: (_options$representTag3 = options.representTagName) !== null && _options$representTag3 !== void 0 ? _options$representTag3 : (() => tagName)
      };
    }
    var strTag2 = defineScalarTag2("tag:yaml.org,2002:str", {
      resolve: (source) => source,
      identify: (data) => typeof data === "string"
    });
    var NULL_VALUES$1 = [
      "",
      "~",
      "null",
      "Null",
      "NULL"
    ];
    var nullCoreTag = defineScalarTag2("tag:yaml.org,2002:null", {
      implicit: true,
      implicitFirstChars: [
        "",
        "~",
        "n",
        "N"
      ],
      resolve: (source) => {
        if (NULL_VALUES$1.indexOf(source) !== -1) return null;
        return NOT_RESOLVED2;
      },
      identify: (object) => object === null,
      represent: () => "null"
    });
    var nullJsonTag = defineScalarTag2("tag:yaml.org,2002:null", {
      implicit: true,
      implicitFirstChars: ["n"],
      resolve: (source, isExplicit) => {
        if (source === "null" || isExplicit && source === "") return null;
        return NOT_RESOLVED2;
      },
      identify: (object) => object === null,
      represent: () => "null"
    });
    var NULL_VALUES = [
      "",
      "~",
      "null",
      "Null",
      "NULL"
    ];
    var nullYaml11Tag = defineScalarTag2("tag:yaml.org,2002:null", {
      implicit: true,
      implicitFirstChars: [
        "",
        "~",
        "n",
        "N"
      ],
      resolve: (source) => {
        if (NULL_VALUES.indexOf(source) !== -1) return null;
        return NOT_RESOLVED2;
      },
      identify: (object) => object === null,
      represent: () => "null"
    });
    var TRUE_VALUES$2 = [
      "true",
      "True",
      "TRUE"
    ];
    var FALSE_VALUES$2 = [
      "false",
      "False",
      "FALSE"
    ];
    var boolCoreTag = defineScalarTag2("tag:yaml.org,2002:bool", {
      implicit: true,
      implicitFirstChars: [
        "t",
        "T",
        "f",
        "F"
      ],
      resolve: (source) => {
        if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
        if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
        return NOT_RESOLVED2;
      },
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    });
    var TRUE_VALUES$1 = ["true"];
    var FALSE_VALUES$1 = ["false"];
    var boolJsonTag = defineScalarTag2("tag:yaml.org,2002:bool", {
      implicit: true,
      implicitFirstChars: ["t", "f"],
      resolve: (source) => {
        if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
        if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
        return NOT_RESOLVED2;
      },
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    });
    var TRUE_VALUES = [
      "true",
      "True",
      "TRUE",
      "y",
      "Y",
      "yes",
      "Yes",
      "YES",
      "on",
      "On",
      "ON"
    ];
    var FALSE_VALUES = [
      "false",
      "False",
      "FALSE",
      "n",
      "N",
      "no",
      "No",
      "NO",
      "off",
      "Off",
      "OFF"
    ];
    var boolYaml11Tag = defineScalarTag2("tag:yaml.org,2002:bool", {
      implicit: true,
      implicitFirstChars: [
        "y",
        "Y",
        "n",
        "N",
        "t",
        "T",
        "f",
        "F",
        "o",
        "O"
      ],
      resolve: (source) => {
        if (TRUE_VALUES.indexOf(source) !== -1) return true;
        if (FALSE_VALUES.indexOf(source) !== -1) return false;
        return NOT_RESOLVED2;
      },
      identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
      represent: (object) => object ? "true" : "false"
    });
    var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
    var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
    function parseYamlInteger$2(source) {
      let value = source;
      let sign = 1;
      if (value[0] === "-" || value[0] === "+") {
        if (value[0] === "-") sign = -1;
        value = value.slice(1);
      }
      if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
      if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
      if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
      return sign * parseInt(value, 10);
    }
    function resolveYamlInteger$2(source, isExplicit) {
      if (isExplicit) {
        if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED2;
      } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED2;
      const result = parseYamlInteger$2(source);
      return Number.isFinite(result) ? result : NOT_RESOLVED2;
    }
    var intCoreTag = defineScalarTag2("tag:yaml.org,2002:int", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ..."0123456789"
      ],
      resolve: resolveYamlInteger$2,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    });
    var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
    var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
    function parseYamlInteger$1(source) {
      let value = source;
      let sign = 1;
      if (value[0] === "-" || value[0] === "+") {
        if (value[0] === "-") sign = -1;
        value = value.slice(1);
      }
      if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
      if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
      if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
      return sign * parseInt(value, 10);
    }
    function resolveYamlInteger$1(source, isExplicit) {
      if (isExplicit) {
        if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED2;
      } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED2;
      const result = parseYamlInteger$1(source);
      return Number.isFinite(result) ? result : NOT_RESOLVED2;
    }
    var intJsonTag = defineScalarTag2("tag:yaml.org,2002:int", {
      implicit: true,
      implicitFirstChars: ["-", ..."0123456789"],
      resolve: resolveYamlInteger$1,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    });
    var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
    function parseYamlInteger(source) {
      let value = source.replace(/_/g, "");
      let sign = 1;
      if (value[0] === "-" || value[0] === "+") {
        if (value[0] === "-") sign = -1;
        value = value.slice(1);
      }
      if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
      if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
      if (value.includes(":")) {
        let result = 0;
        for (const part of value.split(":")) result = result * 60 + Number(part);
        return sign * result;
      }
      if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
      return sign * parseInt(value, 10);
    }
    function resolveYamlInteger(source) {
      if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED2;
      const result = parseYamlInteger(source);
      return Number.isFinite(result) ? result : NOT_RESOLVED2;
    }
    var intYaml11Tag = defineScalarTag2("tag:yaml.org,2002:int", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ..."0123456789"
      ],
      resolve: resolveYamlInteger,
      identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
      represent: (object) => object.toString(10)
    });
    var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    function resolveYamlFloat$2(source) {
      if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED2;
      let value = source.toLowerCase();
      const sign = value[0] === "-" ? -1 : 1;
      if ("+-".includes(value[0])) value = value.slice(1);
      if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      if (value === ".nan") return NaN;
      const result = sign * parseFloat(value);
      if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
      return NOT_RESOLVED2;
    }
    function representYamlFloat$2(object) {
      if (isNaN(object)) return ".nan";
      if (object === Number.POSITIVE_INFINITY) return ".inf";
      if (object === Number.NEGATIVE_INFINITY) return "-.inf";
      if (Object.is(object, -0)) return "-0.0";
      const result = object.toString(10);
      return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
    }
    var floatCoreTag = defineScalarTag2("tag:yaml.org,2002:float", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ".",
        ..."0123456789"
      ],
      resolve: resolveYamlFloat$2,
      identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat$2
    });
    var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
    var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    function resolveYamlFloat$1(source, isExplicit) {
      if (isExplicit) {
        if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED2;
        let value = source.toLowerCase();
        const sign = value[0] === "-" ? -1 : 1;
        if ("+-".includes(value[0])) value = value.slice(1);
        if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
        if (value === ".nan") return NaN;
        const result2 = sign * parseFloat(value);
        return Number.isFinite(result2) ? result2 : NOT_RESOLVED2;
      }
      if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED2;
      const result = Number(source);
      if (Number.isFinite(result)) return result;
      return NOT_RESOLVED2;
    }
    function representYamlFloat$1(object) {
      if (isNaN(object)) return ".nan";
      if (object === Number.POSITIVE_INFINITY) return ".inf";
      if (object === Number.NEGATIVE_INFINITY) return "-.inf";
      if (Object.is(object, -0)) return "-0.0";
      const result = object.toString(10);
      return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
    }
    var floatJsonTag = defineScalarTag2("tag:yaml.org,2002:float", {
      implicit: true,
      implicitFirstChars: ["-", ..."0123456789"],
      resolve: resolveYamlFloat$1,
      identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat$1
    });
    var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
    function resolveYamlFloat(source) {
      if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED2;
      let value = source.toLowerCase().replace(/_/g, "");
      const sign = value[0] === "-" ? -1 : 1;
      if ("+-".includes(value[0])) value = value.slice(1);
      if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      if (value === ".nan") return NaN;
      let result = 0;
      if (value.includes(":")) {
        for (const part of value.split(":")) result = result * 60 + Number(part);
        result *= sign;
      } else result = sign * parseFloat(value);
      if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
      return NOT_RESOLVED2;
    }
    function representYamlFloat(object) {
      if (isNaN(object)) return ".nan";
      if (object === Number.POSITIVE_INFINITY) return ".inf";
      if (object === Number.NEGATIVE_INFINITY) return "-.inf";
      if (Object.is(object, -0)) return "-0.0";
      const result = object.toString(10);
      return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
    }
    var floatYaml11Tag = defineScalarTag2("tag:yaml.org,2002:float", {
      implicit: true,
      implicitFirstChars: [
        "-",
        "+",
        ".",
        ..."0123456789"
      ],
      resolve: resolveYamlFloat,
      identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
      represent: representYamlFloat
    });
    var mergeTag2 = defineScalarTag2("tag:yaml.org,2002:merge", {
      implicit: true,
      implicitFirstChars: ["<"],
      resolve: (source, isExplicit) => {
        if (source === "<<" || isExplicit && source === "") return "<<";
        return NOT_RESOLVED2;
      },
      identify: () => false
    });
    var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
    function resolveYamlBinary(source) {
      const input = source.replace(/\s/g, "");
      if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED2;
      const binary = atob(input);
      const result = new Uint8Array(binary.length);
      for (let index2 = 0; index2 < binary.length; index2++) result[index2] = binary.charCodeAt(index2);
      return result;
    }
    function representYamlBinary(object) {
      let binary = "";
      for (let index2 = 0; index2 < object.length; index2++) binary += String.fromCharCode(object[index2]);
      return btoa(binary);
    }
    var binaryTag2 = defineScalarTag2("tag:yaml.org,2002:binary", {
      resolve: resolveYamlBinary,
      identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
      represent: representYamlBinary
    });
    var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
    var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
    function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
      const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
      date.setUTCFullYear(year, month, day);
      return date;
    }
    function resolveYamlTimestamp(source) {
      let match2 = YAML_DATE_REGEXP.exec(source);
      if (match2 === null) match2 = YAML_TIMESTAMP_REGEXP.exec(source);
      if (match2 === null) return NOT_RESOLVED2;
      const year = +match2[1];
      const month = +match2[2] - 1;
      const day = +match2[3];
      if (!match2[4]) {
        const date2 = makeUtcDate(year, month, day);
        if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED2;
        return date2;
      }
      const hour = +match2[4];
      const minute = +match2[5];
      const second = +match2[6];
      let fraction = 0;
      if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED2;
      if (match2[7]) {
        let value = match2[7].slice(0, 3);
        while (value.length < 3) value += "0";
        fraction = +value;
      }
      const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
      if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED2;
      if (match2[9]) {
        const offsetHour = +match2[10];
        const offsetMinute = +(match2[11] || 0);
        if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED2;
        const offset = (offsetHour * 60 + offsetMinute) * 6e4;
        date.setTime(date.getTime() - (match2[9] === "-" ? -offset : offset));
      }
      return date;
    }
    var timestampTag = defineScalarTag2("tag:yaml.org,2002:timestamp", {
      implicit: true,
      implicitFirstChars: [..."0123456789"],
      resolve: resolveYamlTimestamp,
      identify: (object) => object instanceof Date,
      represent: (object) => object.toISOString()
    });
    var seqTag2 = defineSequenceTag2("tag:yaml.org,2002:seq", {
      create: () => [],
      addItem: (container3, item) => {
        container3.push(item);
      },
      identify: Array.isArray
    });
    function isPlainObject(data) {
      if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
      const prototype = Object.getPrototypeOf(data);
      return prototype === null || prototype === Object.prototype;
    }
    function pick(object, keys) {
      const result = {};
      for (const key2 of keys) if (object[key2] !== void 0) result[key2] = object[key2];
      return result;
    }
    var omapTag2 = defineSequenceTag2("tag:yaml.org,2002:omap", {
      create: () => ({
        list: [],
        seen: /* @__PURE__ */ new Set()
      }),
      addItem: (carrier, item) => {
        let key2;
        if (item instanceof Map) {
          if (item.size !== 1) return "cannot resolve an ordered map item";
          key2 = item.keys().next().value;
        } else if (isPlainObject(item)) {
          const itemKeys = Object.keys(item);
          if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
          key2 = itemKeys[0];
        } else return "cannot resolve an ordered map item";
        if (carrier.seen.has(key2)) return "duplicate key in ordered map";
        carrier.seen.add(key2);
        carrier.list.push(item);
        return "";
      },
      finalize: (carrier) => carrier.list,
      identify: () => false
    });
    var pairsTag2 = defineSequenceTag2("tag:yaml.org,2002:pairs", {
      create: () => [],
      addItem: (container3, item) => {
        if (item instanceof Map) {
          if (item.size !== 1) return "cannot resolve a pairs item";
          container3.push(item.entries().next().value);
          return "";
        }
        if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
        const object = item;
        const keys = Object.keys(object);
        if (keys.length !== 1) return "cannot resolve a pairs item";
        container3.push([keys[0], object[keys[0]]]);
        return "";
      },
      identify: () => false
    });
    var mapTag2 = defineMappingTag2("tag:yaml.org,2002:map", {
      create: () => ({}),
      identify: isPlainObject,
      represent: (o) => {
        const map = /* @__PURE__ */ new Map();
        for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
        return map;
      },
      addPair: (container3, key2, value) => {
        if (key2 !== null && typeof key2 === "object") return "object-based map does not support complex keys";
        const normalizedKey = String(key2);
        if (normalizedKey === "__proto__") Object.defineProperty(container3, normalizedKey, {
          value,
          enumerable: true,
          configurable: true,
          writable: true
        });
        else container3[normalizedKey] = value;
        return "";
      },
      has: (container3, key2) => {
        if (key2 !== null && typeof key2 === "object") return false;
        return Object.prototype.hasOwnProperty.call(container3, String(key2));
      },
      keys: (container3) => Object.keys(container3),
      get: (container3, key2) => {
        const normalizedKey = String(key2);
        if (!Object.prototype.hasOwnProperty.call(container3, normalizedKey)) return null;
        return container3[normalizedKey];
      }
    });
    var setTag2 = defineMappingTag2("tag:yaml.org,2002:set", {
      create: () => /* @__PURE__ */ new Set(),
      identify: (data) => data instanceof Set,
      represent: (data) => {
        const map = /* @__PURE__ */ new Map();
        for (const key2 of data) map.set(key2, null);
        return map;
      },
      addPair: (container3, key2, value) => {
        if (value !== null) return "cannot resolve a set item";
        container3.add(key2);
        return "";
      },
      has: (container3, key2) => container3.has(key2),
      keys: (container3) => container3.keys(),
      get: () => null
    });
    function _typeof(o) {
      "@babel/helpers - typeof";
      return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
        return typeof o2;
      } : function(o2) {
        return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
      }, _typeof(o);
    }
    function toPrimitive(t, r7) {
      if ("object" != _typeof(t) || !t) return t;
      var e = t[Symbol.toPrimitive];
      if (void 0 !== e) {
        var i = e.call(t, r7 || "default");
        if ("object" != _typeof(i)) return i;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return ("string" === r7 ? String : Number)(t);
    }
    function toPropertyKey(t) {
      var i = toPrimitive(t, "string");
      return "symbol" == _typeof(i) ? i : i + "";
    }
    function _defineProperty(e, r7, t) {
      return (r7 = toPropertyKey(r7)) in e ? Object.defineProperty(e, r7, {
        value: t,
        enumerable: true,
        configurable: true,
        writable: true
      }) : e[r7] = t, e;
    }
    function ownKeys(e, r7) {
      var t = Object.keys(e);
      if (Object.getOwnPropertySymbols) {
        var o = Object.getOwnPropertySymbols(e);
        r7 && (o = o.filter(function(r8) {
          return Object.getOwnPropertyDescriptor(e, r8).enumerable;
        })), t.push.apply(t, o);
      }
      return t;
    }
    function _objectSpread2(e) {
      for (var r7 = 1; r7 < arguments.length; r7++) {
        var t = null != arguments[r7] ? arguments[r7] : {};
        r7 % 2 ? ownKeys(Object(t), true).forEach(function(r8) {
          _defineProperty(e, r8, t[r8]);
        }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r8) {
          Object.defineProperty(e, r8, Object.getOwnPropertyDescriptor(t, r8));
        });
      }
      return e;
    }
    function createTagDefinitionMap() {
      return {
        scalar: /* @__PURE__ */ Object.create(null),
        sequence: /* @__PURE__ */ Object.create(null),
        mapping: /* @__PURE__ */ Object.create(null)
      };
    }
    function createTagDefinitionListMap() {
      return {
        scalar: [],
        sequence: [],
        mapping: []
      };
    }
    function compileTags(tags) {
      const result = [];
      for (const tag of tags) {
        let index2 = result.length;
        for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
          const previous = result[previousIndex];
          if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
            index2 = previousIndex;
            break;
          }
        }
        result[index2] = tag;
      }
      return result;
    }
    var Schema2 = class Schema3 {
      constructor(tags) {
        _defineProperty(this, "tags", void 0);
        _defineProperty(
          this,
          /** @internal */
          "implicitScalarTags",
          void 0
        );
        _defineProperty(
          this,
          /**
          * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
          * the resolvers that may match that key, in schema order; a key absent from
          * the map uses
          * {@link Schema.implicitScalarAnyFirstChar}
          * (resolvers that declared no first-char constraint, so they apply to any
          * first character).
          */
          "implicitScalarByFirstChar",
          void 0
        );
        _defineProperty(this, "implicitScalarAnyFirstChar", void 0);
        _defineProperty(
          this,
          /**
          * The default scalar tag (`!!str`), resolved once so the composer's fallback
          * for unresolved plain scalars avoids a keyed lookup per scalar.
          *
          * @internal
          */
          "defaultScalarTag",
          void 0
        );
        _defineProperty(
          this,
          /**
          * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
          * value is identified by its default tag, the tag is implicit and not
          * printed. Undefined if the schema does not define them (then such values
          * can't be dumped).
          *
          * @internal
          */
          "defaultSequenceTag",
          void 0
        );
        _defineProperty(
          this,
          /** @internal */
          "defaultMappingTag",
          void 0
        );
        _defineProperty(this, "exact", void 0);
        _defineProperty(this, "prefix", void 0);
        const compiledTags = compileTags(tags);
        const implicitScalarTags = [];
        const exact = createTagDefinitionMap();
        const prefix2 = createTagDefinitionListMap();
        for (const tag of compiledTags) {
          if (tag.nodeKind === "scalar" && tag.implicit) {
            if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
            implicitScalarTags.push(tag);
          }
          switch (tag.nodeKind) {
            case "scalar":
              if (tag.matchByTagPrefix) prefix2.scalar.push(tag);
              else exact.scalar[tag.tagName] = tag;
              break;
            case "sequence":
              if (tag.matchByTagPrefix) prefix2.sequence.push(tag);
              else exact.sequence[tag.tagName] = tag;
              break;
            case "mapping":
              if (tag.matchByTagPrefix) prefix2.mapping.push(tag);
              else exact.mapping[tag.tagName] = tag;
          }
        }
        const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
        const keys = /* @__PURE__ */ new Set();
        for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key2 of tag.implicitFirstChars) keys.add(key2);
        const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
        for (const key2 of keys) implicitScalarByFirstChar.set(key2, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key2) !== -1));
        const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
        if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
        this.tags = compiledTags;
        this.implicitScalarTags = implicitScalarTags;
        this.implicitScalarByFirstChar = implicitScalarByFirstChar;
        this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
        this.defaultScalarTag = defaultScalarTag;
        this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
        this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
        this.exact = exact;
        this.prefix = prefix2;
      }
      /** @internal */
      lookupScalarTag(tagName) {
        const exactTag = this.exact.scalar[tagName];
        if (exactTag) return exactTag;
        for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      lookupSequenceTag(tagName) {
        const exactTag = this.exact.sequence[tagName];
        if (exactTag) return exactTag;
        for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      lookupMappingTag(tagName) {
        const exactTag = this.exact.mapping[tagName];
        if (exactTag) return exactTag;
        for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
      }
      /** @internal */
      resolveImplicitScalarTag(source) {
        var _this$implicitScalarB;
        const candidates = (_this$implicitScalarB = this.implicitScalarByFirstChar.get(source.charAt(0))) !== null && _this$implicitScalarB !== void 0 ? _this$implicitScalarB : this.implicitScalarAnyFirstChar;
        for (const tag2 of candidates) {
          const value = tag2.resolve(source, false, tag2.tagName);
          if (value !== NOT_RESOLVED2) return {
            value,
            tag: tag2
          };
        }
        const tag = this.defaultScalarTag;
        return {
          value: tag.resolve(source, false, tag.tagName),
          tag
        };
      }
      /**
      * Creates a new schema with the specified tags added. If a tag already
      * exists, it is replaced by the specified tag.
      *
      * @example
      *
      * ```javascript
      * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
      *
      * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
      * ```
      */
      withTags(...tags) {
        let flatTags = [];
        for (const tag of tags) flatTags = flatTags.concat(tag);
        return new Schema3([...this.tags, ...flatTags]);
      }
    };
    var FAILSAFE_SCHEMA = new Schema2([
      strTag2,
      seqTag2,
      mapTag2
    ]);
    var JSON_SCHEMA = new Schema2([
      ...FAILSAFE_SCHEMA.tags,
      nullJsonTag,
      boolJsonTag,
      intJsonTag,
      floatJsonTag
    ]);
    var CORE_SCHEMA = new Schema2([
      ...FAILSAFE_SCHEMA.tags,
      nullCoreTag,
      boolCoreTag,
      intCoreTag,
      floatCoreTag
    ]);
    var YAML11_SCHEMA = new Schema2([
      ...FAILSAFE_SCHEMA.tags,
      nullYaml11Tag,
      boolYaml11Tag,
      intYaml11Tag,
      floatYaml11Tag,
      timestampTag,
      mergeTag2,
      binaryTag2,
      omapTag2,
      pairsTag2,
      setTag2
    ]);
    var DUMP_SCHEMA = YAML11_SCHEMA.withTags(_objectSpread2(_objectSpread2({}, intYaml11Tag), {}, { resolve: (source, isExplicit, tagName) => {
      const result = intYaml11Tag.resolve(source, isExplicit, tagName);
      return result === NOT_RESOLVED2 ? intCoreTag.resolve(source, isExplicit, tagName) : result;
    } }), _objectSpread2(_objectSpread2({}, floatYaml11Tag), {}, { resolve: (source, isExplicit, tagName) => {
      const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
      return result === NOT_RESOLVED2 ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
    } }));
    var realMapTag = defineMappingTag2("tag:yaml.org,2002:map", {
      create: () => /* @__PURE__ */ new Map(),
      addPair: (container3, key2, value) => {
        container3.set(key2, value);
        return "";
      },
      has: (container3, key2) => container3.has(key2),
      keys: (container3) => container3.keys(),
      get: (container3, key2) => container3.get(key2),
      identify: (data) => data instanceof Map || isPlainObject(data),
      represent: (data) => {
        if (data instanceof Map) return data;
        const map = /* @__PURE__ */ new Map();
        const obj2 = data;
        for (const key2 of Object.keys(obj2)) map.set(key2, obj2[key2]);
        return map;
      }
    });
    function normalizeKey(key2) {
      if (Array.isArray(key2)) {
        const array = Array.prototype.slice.call(key2);
        for (let index2 = 0; index2 < array.length; index2++) {
          if (Array.isArray(array[index2])) return null;
          if (typeof array[index2] === "object" && Object.prototype.toString.call(array[index2]) === "[object Object]") array[index2] = "[object Object]";
        }
        return String(array);
      }
      if (typeof key2 === "object" && Object.prototype.toString.call(key2) === "[object Object]") return "[object Object]";
      return String(key2);
    }
    var legacyMapTag = defineMappingTag2("tag:yaml.org,2002:map", {
      create: () => ({}),
      identify: isPlainObject,
      represent: (o) => {
        const map = /* @__PURE__ */ new Map();
        for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
        return map;
      },
      addPair: (container3, key2, value) => {
        const normalizedKey = normalizeKey(key2);
        if (normalizedKey === null) return "nested arrays are not supported inside keys";
        if (normalizedKey === "__proto__") Object.defineProperty(container3, normalizedKey, {
          value,
          enumerable: true,
          configurable: true,
          writable: true
        });
        else container3[normalizedKey] = value;
        return "";
      },
      has: (container3, key2) => {
        const normalizedKey = normalizeKey(key2);
        return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container3, normalizedKey);
      },
      keys: (container3) => Object.keys(container3),
      get: (container3, key2) => {
        const normalizedKey = String(key2);
        if (!Object.prototype.hasOwnProperty.call(container3, normalizedKey)) return null;
        return container3[normalizedKey];
      }
    });
    var DEFAULT_SNIPPET_OPTIONS = {
      maxLength: 79,
      indent: 1,
      linesBefore: 3,
      linesAfter: 2
    };
    function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
      let head = "";
      let tail = "";
      const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
      if (position - lineStart > maxHalfLength) {
        head = " ... ";
        lineStart = position - maxHalfLength + head.length;
      }
      if (lineEnd - position > maxHalfLength) {
        tail = " ...";
        lineEnd = position + maxHalfLength - tail.length;
      }
      return {
        str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
        pos: position - lineStart + head.length
      };
    }
    function padStart(string, max) {
      return " ".repeat(Math.max(max - string.length, 0)) + string;
    }
    function makeSnippet(mark, options) {
      if (!mark.buffer) return null;
      const opts = _objectSpread2(_objectSpread2({}, DEFAULT_SNIPPET_OPTIONS), options);
      const re2 = /\r?\n|\r|\0/g;
      const lineStarts = [0];
      const lineEnds = [];
      let match2;
      let foundLineNo = -1;
      while (match2 = re2.exec(mark.buffer)) {
        lineEnds.push(match2.index);
        lineStarts.push(match2.index + match2[0].length);
        if (mark.position <= match2.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
      }
      if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
      let result = "";
      const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
      const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
      for (let i = 1; i <= opts.linesBefore; i++) {
        if (foundLineNo - i < 0) break;
        const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
        result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
      }
      const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
      result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
      result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
      for (let i = 1; i <= opts.linesAfter; i++) {
        if (foundLineNo + i >= lineEnds.length) break;
        const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
        result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
      }
      return result.replace(/\n$/, "");
    }
    function formatError(exception, compact) {
      let where2 = "";
      if (!exception.mark) return exception.reason;
      if (exception.mark.name) where2 += `in "${exception.mark.name}" `;
      where2 += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
      if (!compact && exception.mark.snippet) where2 += `

${exception.mark.snippet}`;
      return `${exception.reason} ${where2}`;
    }
    var YAMLException = class YAMLException2 extends Error {
      /**
      * Optional `mark` contains source snippet data. Usually, use
      * {@link YAMLException.throwAt} instead of passing it directly.
      */
      constructor(reason, mark) {
        super();
        _defineProperty(this, "reason", void 0);
        _defineProperty(this, "mark", void 0);
        this.name = "YAMLException";
        this.reason = reason;
        this.mark = mark;
        this.message = formatError(this, false);
        if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
      }
      /**
      * Returns the formatted error, omitting the source snippet in compact mode.
      */
      toString(compact) {
        return `${this.name}: ${formatError(this, compact)}`;
      }
      /**
      * Builds a YAMLException with a source snippet and throws it. `source` is
      * the raw input text; `position` is an offset into it.
      */
      static throwAt(source, position, message, filename = "") {
        let line = 0;
        let lineStart = 0;
        for (let index2 = 0; index2 < position; index2++) {
          const ch = source.charCodeAt(index2);
          if (ch === 10) {
            line++;
            lineStart = index2 + 1;
          } else if (ch === 13) {
            line++;
            if (source.charCodeAt(index2 + 1) === 10) index2++;
            lineStart = index2 + 1;
          }
        }
        const mark = {
          name: filename,
          buffer: source,
          position,
          line,
          column: position - lineStart
        };
        mark.snippet = makeSnippet(mark);
        throw new YAMLException2(message, mark);
      }
    };
    var EVENT_ID2 = {
      DOCUMENT: 1,
      SEQUENCE: 2,
      MAPPING: 3,
      SCALAR: 4,
      ALIAS: 5,
      POP: 6
    };
    var SCALAR_STYLE = {
      PLAIN: 1,
      SINGLE_QUOTED: 2,
      DOUBLE_QUOTED: 3,
      LITERAL_BLOCK: 4,
      FOLDED_BLOCK: 5
    };
    var COLLECTION_STYLE = {
      BLOCK: 1,
      FLOW: 2
    };
    var CHOMPING_MODE = {
      CLIP: 1,
      STRIP: 2,
      KEEP: 3
    };
    var NO_RANGE$3 = -1;
    function simpleEscapeSequence(c) {
      switch (c) {
        case 48:
          return "\0";
        case 97:
          return "\x07";
        case 98:
          return "\b";
        case 116:
          return "	";
        case 9:
          return "	";
        case 110:
          return "\n";
        case 118:
          return "\v";
        case 102:
          return "\f";
        case 114:
          return "\r";
        case 101:
          return "\x1B";
        case 32:
          return " ";
        case 34:
          return '"';
        case 47:
          return "/";
        case 92:
          return "\\";
        case 78:
          return "";
        case 95:
          return " ";
        case 76:
          return "\u2028";
        case 80:
          return "\u2029";
        default:
          return "";
      }
    }
    var simpleEscapeCheck = new Array(256);
    var simpleEscapeMap = new Array(256);
    for (let i = 0; i < 256; i++) {
      simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
      simpleEscapeMap[i] = simpleEscapeSequence(i);
    }
    function charFromCodepoint(c) {
      if (c <= 65535) return String.fromCharCode(c);
      return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
    }
    function fromHexCode$1(c) {
      if (c >= 48 && c <= 57) return c - 48;
      return (c | 32) - 97 + 10;
    }
    function escapedHexLen$1(c) {
      if (c === 120) return 2;
      if (c === 117) return 4;
      return 8;
    }
    function skipFoldedBreaks(input, position, end) {
      let breaks = 0;
      while (position < end) {
        const ch = input.charCodeAt(position);
        if (ch === 10) {
          breaks++;
          position++;
        } else if (ch === 13) {
          breaks++;
          position++;
          if (input.charCodeAt(position) === 10) position++;
        } else if (ch === 32 || ch === 9) position++;
        else break;
      }
      return {
        position,
        breaks
      };
    }
    function foldedBreaks(count) {
      if (count === 1) return " ";
      return "\n".repeat(count - 1);
    }
    function getPlainValue(input, start, end) {
      let result = "";
      let position = start;
      let captureStart = start;
      let captureEnd = start;
      while (position < end) {
        const ch = input.charCodeAt(position);
        if (ch === 10 || ch === 13) {
          result += input.slice(captureStart, captureEnd);
          const fold = skipFoldedBreaks(input, position, end);
          result += foldedBreaks(fold.breaks);
          position = captureStart = captureEnd = fold.position;
        } else {
          position++;
          if (ch !== 32 && ch !== 9) captureEnd = position;
        }
      }
      return result + input.slice(captureStart, captureEnd);
    }
    function getSingleQuotedValue(input, start, end) {
      let result = "";
      let position = start;
      let captureStart = start;
      let captureEnd = start;
      while (position < end) {
        const ch = input.charCodeAt(position);
        if (ch === 39) {
          result += input.slice(captureStart, position) + "'";
          position += 2;
          captureStart = captureEnd = position;
        } else if (ch === 10 || ch === 13) {
          result += input.slice(captureStart, captureEnd);
          const fold = skipFoldedBreaks(input, position, end);
          result += foldedBreaks(fold.breaks);
          position = captureStart = captureEnd = fold.position;
        } else {
          position++;
          if (ch !== 32 && ch !== 9) captureEnd = position;
        }
      }
      return result + input.slice(captureStart, end);
    }
    function getDoubleQuotedValue(input, start, end) {
      let result = "";
      let position = start;
      let captureStart = start;
      let captureEnd = start;
      while (position < end) {
        const ch = input.charCodeAt(position);
        if (ch === 92) {
          result += input.slice(captureStart, position);
          position++;
          const escaped = input.charCodeAt(position);
          if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
          else if (escaped < 256 && simpleEscapeCheck[escaped]) {
            result += simpleEscapeMap[escaped];
            position++;
          } else {
            let hexLength = escapedHexLen$1(escaped);
            let hexResult = 0;
            for (; hexLength > 0; hexLength--) {
              position++;
              const digit2 = fromHexCode$1(input.charCodeAt(position));
              hexResult = (hexResult << 4) + digit2;
            }
            result += charFromCodepoint(hexResult);
            position++;
          }
          captureStart = captureEnd = position;
        } else if (ch === 10 || ch === 13) {
          result += input.slice(captureStart, captureEnd);
          const fold = skipFoldedBreaks(input, position, end);
          result += foldedBreaks(fold.breaks);
          position = captureStart = captureEnd = fold.position;
        } else {
          position++;
          if (ch !== 32 && ch !== 9) captureEnd = position;
        }
      }
      return result + input.slice(captureStart, end);
    }
    function getBlockValue(input, start, end, indent, chomping, folded) {
      const textIndent = indent < 0 ? 0 : indent;
      const region = input.slice(start, end).replace(/\r\n?/g, "\n");
      const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
      let result = "";
      let didReadContent = false;
      let emptyLines = 0;
      let atMoreIndented = false;
      for (const line of lines) {
        let column = 0;
        while (column < textIndent && line.charCodeAt(column) === 32) column++;
        if (indent < 0 || column >= line.length) {
          emptyLines++;
          continue;
        }
        const content = line.slice(textIndent);
        const first = content.charCodeAt(0);
        if (folded) {
          if (first === 32 || first === 9) {
            atMoreIndented = true;
            result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
          } else if (atMoreIndented) {
            atMoreIndented = false;
            result += "\n".repeat(emptyLines + 1);
          } else if (emptyLines === 0) {
            if (didReadContent) result += " ";
          } else result += "\n".repeat(emptyLines);
        } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
        result += content;
        didReadContent = true;
        emptyLines = 0;
      }
      if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      else if (chomping !== CHOMPING_MODE.STRIP) {
        if (didReadContent) result += "\n";
      }
      return result;
    }
    function getScalarValue2(input, scalar) {
      if (scalar.valueStart === NO_RANGE$3) return "";
      const { valueStart, valueEnd } = scalar;
      if (scalar.fast) return input.slice(valueStart, valueEnd);
      switch (scalar.style) {
        case SCALAR_STYLE.SINGLE_QUOTED:
          return getSingleQuotedValue(input, valueStart, valueEnd);
        case SCALAR_STYLE.DOUBLE_QUOTED:
          return getDoubleQuotedValue(input, valueStart, valueEnd);
        case SCALAR_STYLE.LITERAL_BLOCK:
          return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
        case SCALAR_STYLE.FOLDED_BLOCK:
          return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
        default:
          return getPlainValue(input, valueStart, valueEnd);
      }
    }
    var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
      "!": "!",
      "!!": "tag:yaml.org,2002:"
    });
    var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
    var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
    var HEX = "0123456789ABCDEF";
    function percentByte(byte) {
      return "%" + HEX[byte >> 4] + HEX[byte & 15];
    }
    function tagPercentEncode(source, isSuffix) {
      const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
      let result = "";
      for (let index2 = 0; index2 < source.length; index2++) {
        let ch = source.charCodeAt(index2);
        if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index2])) {
          result += source[index2];
          continue;
        }
        if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index2) & 1023);
        if (ch < 128) result += percentByte(ch);
        else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
        else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
        else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
      }
      return result;
    }
    function tagPercentDecode(source) {
      let result = "";
      let index2 = 0;
      while (index2 < source.length) {
        if (source.charCodeAt(index2) !== 37) {
          result += source[index2++];
          continue;
        }
        let ch = parseInt(source.slice(index2 + 1, index2 + 3), 16);
        index2 += 3;
        if (ch >= 192) {
          let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
          ch &= (1 << 6 - remaining) - 1;
          while (remaining-- > 0) {
            ch = ch << 6 | parseInt(source.slice(index2 + 1, index2 + 3), 16) & 63;
            index2 += 3;
          }
        }
        if (ch < 65536) result += String.fromCharCode(ch);
        else {
          ch -= 65536;
          result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        }
      }
      return result;
    }
    function tagNameFull(rawTag2, tagHandlers) {
      var _ref, _tagHandlers$handle;
      if (rawTag2.startsWith("!<") && rawTag2.endsWith(">")) return tagPercentDecode(rawTag2.slice(2, -1));
      const handleEnd = rawTag2.indexOf("!", 1);
      const handle = handleEnd === -1 ? "!" : rawTag2.slice(0, handleEnd + 1);
      return tagPercentDecode((_ref = (_tagHandlers$handle = tagHandlers === null || tagHandlers === void 0 ? void 0 : tagHandlers[handle]) !== null && _tagHandlers$handle !== void 0 ? _tagHandlers$handle : DEFAULT_TAG_HANDLERS[handle]) !== null && _ref !== void 0 ? _ref : handle) + tagPercentDecode(rawTag2.slice(handle.length));
    }
    function tagNameShort(fullTag) {
      let tag = fullTag;
      if (tag.charCodeAt(0) === 33) {
        tag = tag.slice(1);
        return `!${tagPercentEncode(tag, true)}`;
      }
      if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
      return `!<${tagPercentEncode(tag, false)}>`;
    }
    var NO_RANGE$2 = -1;
    var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
    var DEFAULT_CONSTRUCTOR_OPTIONS = {
      filename: "",
      schema: CORE_SCHEMA,
      json: false,
      maxTotalMergeKeys: 1e4,
      maxAliases: -1
    };
    function eventPosition$1(event) {
      if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
      if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
      if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
      if ("start" in event) return event.start;
      return 0;
    }
    function throwError$1(state, message) {
      YAMLException.throwAt(state.source, state.position, message, state.filename);
    }
    function finalizeCollection(state, position, tag, carrier) {
      try {
        return tag.finalize(carrier);
      } catch (error) {
        if (error instanceof YAMLException) throw error;
        YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
      }
    }
    function constructScalar(state, event) {
      const source = getScalarValue2(state.source, event);
      const rawTag2 = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
      const strTag3 = state.schema.defaultScalarTag;
      if (rawTag2 !== "") {
        var _state$schema$lookupM;
        if (rawTag2 === "!") return {
          value: source,
          tag: strTag3
        };
        const tagName = tagNameFull(rawTag2, state.tagHandlers);
        const scalarTag = state.schema.lookupScalarTag(tagName);
        if (scalarTag) {
          const result = scalarTag.resolve(source, true, tagName);
          if (result === NOT_RESOLVED2) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
          return {
            value: result,
            tag: scalarTag
          };
        }
        const collectionTagDef = (_state$schema$lookupM = state.schema.lookupMappingTag(tagName)) !== null && _state$schema$lookupM !== void 0 ? _state$schema$lookupM : state.schema.lookupSequenceTag(tagName);
        if (collectionTagDef) {
          if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
          const carrier = collectionTagDef.create(tagName);
          return {
            value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
            tag: collectionTagDef
          };
        }
        throwError$1(state, `unknown scalar tag !<${tagName}>`);
      }
      if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
      return {
        value: strTag3.resolve(source, false, strTag3.tagName),
        tag: strTag3
      };
    }
    function collectionTagName(state, event, defaultTagName) {
      const rawTag2 = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
      return rawTag2 === "" || rawTag2 === "!" ? defaultTagName : tagNameFull(rawTag2, state.tagHandlers);
    }
    function isMappingTag(tag) {
      return tag.nodeKind === "mapping";
    }
    function chargeMergeWork(state) {
      state.totalMergeKeys++;
      if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
    }
    function mergeKeys(state, frame, source, sourceTag) {
      chargeMergeWork(state);
      for (const sourceKey of sourceTag.keys(source)) {
        var _frame$overridable;
        chargeMergeWork(state);
        if (frame.tag.has(frame.value, sourceKey)) continue;
        const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
        if (err) throwError$1(state, err);
        (_frame$overridable = frame.overridable) !== null && _frame$overridable !== void 0 || (frame.overridable = /* @__PURE__ */ new Set());
        frame.overridable.add(sourceKey);
      }
    }
    function mergeSource(state, frame, source, sourceTag) {
      state.position = frame.keyPosition;
      if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
      else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
        if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
        for (const element of source) {
          const elementTag = state.nodeTags.get(element);
          if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
          mergeKeys(state, frame, element, elementTag);
        }
      } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    function addMappingValue(state, frame, key2, value, tag) {
      var _frame$overridable2, _frame$overridable3;
      state.position = frame.keyPosition;
      if (frame.keyIsMerge) {
        mergeSource(state, frame, value, tag);
        return;
      }
      if (!state.json && frame.tag.has(frame.value, key2) && !((_frame$overridable2 = frame.overridable) === null || _frame$overridable2 === void 0 ? void 0 : _frame$overridable2.has(key2))) throwError$1(state, "duplicated mapping key");
      const err = frame.tag.addPair(frame.value, key2, value);
      if (err) throwError$1(state, err);
      (_frame$overridable3 = frame.overridable) === null || _frame$overridable3 === void 0 || _frame$overridable3.delete(key2);
    }
    function addValue(state, value, tag) {
      const frame = state.frames[state.frames.length - 1];
      if (frame.kind === "document") {
        frame.value = value;
        frame.hasValue = true;
      } else if (frame.kind === "sequence") {
        if (isMappingTag(tag)) state.nodeTags.set(value, tag);
        const err = frame.tag.addItem(frame.value, value, frame.index++);
        if (err) throwError$1(state, err);
      } else if (frame.hasKey) {
        const key2 = frame.key;
        frame.key = void 0;
        frame.hasKey = false;
        addMappingValue(state, frame, key2, value, tag);
      } else {
        frame.key = value;
        frame.keyPosition = state.position;
        frame.hasKey = true;
        frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
      }
    }
    function storeAnchor(state, event, value, tag, isValueFinal) {
      if (event.anchorStart !== NO_RANGE$2) {
        const anchor = {
          value,
          tag,
          isValueFinal
        };
        state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
        return anchor;
      }
      return null;
    }
    function constructFromEvents2(events, options) {
      const state = _objectSpread2(_objectSpread2(_objectSpread2({}, DEFAULT_CONSTRUCTOR_OPTIONS), options), {}, {
        events,
        documents: [],
        eventIndex: 0,
        position: 0,
        frames: [],
        anchors: /* @__PURE__ */ new Map(),
        nodeTags: /* @__PURE__ */ new Map(),
        tagHandlers: /* @__PURE__ */ Object.create(null),
        totalMergeKeys: 0,
        aliasCount: 0
      });
      while (state.eventIndex < state.events.length) {
        const event = state.events[state.eventIndex++];
        state.position = eventPosition$1(event);
        switch (event.type) {
          case EVENT_ID2.DOCUMENT:
            state.anchors = /* @__PURE__ */ new Map();
            state.nodeTags = /* @__PURE__ */ new Map();
            state.aliasCount = 0;
            state.tagHandlers = /* @__PURE__ */ Object.create(null);
            for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
            state.frames.push({
              kind: "document",
              position: state.position,
              value: void 0,
              hasValue: false
            });
            break;
          case EVENT_ID2.SCALAR: {
            const { value, tag } = constructScalar(state, event);
            storeAnchor(state, event, value, tag, true);
            addValue(state, value, tag);
            break;
          }
          case EVENT_ID2.SEQUENCE: {
            const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
            const tag = state.schema.lookupSequenceTag(tagName);
            if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
            const value = tag.create(tagName);
            const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
            state.frames.push({
              kind: "sequence",
              position: state.position,
              value,
              tag,
              anchor,
              index: 0
            });
            break;
          }
          case EVENT_ID2.MAPPING: {
            const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
            const tag = state.schema.lookupMappingTag(tagName);
            if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
            const value = tag.create(tagName);
            const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
            state.frames.push({
              kind: "mapping",
              position: state.position,
              value,
              tag,
              anchor,
              key: void 0,
              keyPosition: state.position,
              hasKey: false,
              keyIsMerge: false,
              overridable: null
            });
            break;
          }
          case EVENT_ID2.ALIAS: {
            if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
            const name = state.source.slice(event.anchorStart, event.anchorEnd);
            const anchor = state.anchors.get(name);
            if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
            if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
            addValue(state, anchor.value, anchor.tag);
            break;
          }
          case EVENT_ID2.POP: {
            const frame = state.frames.pop();
            if (frame.kind === "mapping" && frame.hasKey) {
              state.position = frame.keyPosition;
              throwError$1(state, "incomplete mapping pair in event stream");
            }
            if (frame.kind === "document") state.documents.push(frame.value);
            else {
              const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
              if (frame.anchor) {
                frame.anchor.value = value;
                frame.anchor.isValueFinal = true;
              }
              addValue(state, value, frame.tag);
            }
            break;
          }
        }
      }
      return state.documents;
    }
    var NO_RANGE$1 = -1;
    var HAS_OWN = Object.prototype.hasOwnProperty;
    var CONTEXT_FLOW_IN = 1;
    var CONTEXT_FLOW_OUT = 2;
    var CONTEXT_BLOCK_IN = 3;
    var CONTEXT_BLOCK_OUT = 4;
    var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
    var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
    var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
    var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
    var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
    var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
    var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
    var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
    var DEFAULT_PARSER_OPTIONS = {
      filename: "",
      maxDepth: 100
    };
    function addDocumentEvent(state, explicitStart, explicitEnd) {
      state.events.push({
        type: EVENT_ID2.DOCUMENT,
        explicitStart,
        explicitEnd,
        directives: state.directives
      });
    }
    function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
      state.events.push({
        type: EVENT_ID2.SEQUENCE,
        start,
        anchorStart,
        anchorEnd,
        tagStart,
        tagEnd,
        style
      });
    }
    function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
      state.events.push({
        type: EVENT_ID2.MAPPING,
        start,
        anchorStart,
        anchorEnd,
        tagStart,
        tagEnd,
        style
      });
    }
    function insertFlowPairMappingEvent(state, snapshot) {
      state.events.splice(snapshot.eventsLength, 0, {
        type: EVENT_ID2.MAPPING,
        start: snapshot.position,
        anchorStart: NO_RANGE$1,
        anchorEnd: NO_RANGE$1,
        tagStart: NO_RANGE$1,
        tagEnd: NO_RANGE$1,
        style: COLLECTION_STYLE.FLOW
      });
    }
    function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
      state.events.push({
        type: EVENT_ID2.SCALAR,
        valueStart,
        valueEnd,
        anchorStart,
        anchorEnd,
        tagStart,
        tagEnd,
        style,
        chomping,
        indent,
        fast
      });
    }
    function addAliasEvent(state, anchorStart, anchorEnd) {
      state.events.push({
        type: EVENT_ID2.ALIAS,
        anchorStart,
        anchorEnd
      });
    }
    function addPopEvent(state) {
      state.events.push({ type: EVENT_ID2.POP });
    }
    function addEmptyScalarEvent(state) {
      addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
    }
    function emptyProperties() {
      return {
        anchorStart: NO_RANGE$1,
        anchorEnd: NO_RANGE$1,
        tagStart: NO_RANGE$1,
        tagEnd: NO_RANGE$1
      };
    }
    function snapshotState(state) {
      return {
        position: state.position,
        line: state.line,
        lineStart: state.lineStart,
        lineIndent: state.lineIndent,
        firstTabInLine: state.firstTabInLine,
        eventsLength: state.events.length
      };
    }
    function restoreState(state, snapshot) {
      state.position = snapshot.position;
      state.line = snapshot.line;
      state.lineStart = snapshot.lineStart;
      state.lineIndent = snapshot.lineIndent;
      state.firstTabInLine = snapshot.firstTabInLine;
      state.events.length = snapshot.eventsLength;
    }
    function throwError(state, message) {
      YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
    }
    function isEol(c) {
      return c === 10 || c === 13;
    }
    function isWhiteSpace(c) {
      return c === 9 || c === 32;
    }
    function isWsOrEol(c) {
      return isWhiteSpace(c) || isEol(c);
    }
    function isWsOrEolOrEnd(c) {
      return c === 0 || isWsOrEol(c);
    }
    function isFlowIndicator(c) {
      return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
    }
    function fromDecimalCode(c) {
      return c >= 48 && c <= 57 ? c - 48 : -1;
    }
    function fromHexCode(c) {
      if (c >= 48 && c <= 57) return c - 48;
      const lc = c | 32;
      if (lc >= 97 && lc <= 102) return lc - 97 + 10;
      return -1;
    }
    function escapedHexLen(c) {
      if (c === 120) return 2;
      if (c === 117) return 4;
      if (c === 85) return 8;
      return 0;
    }
    function isSimpleEscape(c) {
      return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
    }
    function consumeLineBreak(state) {
      if (state.input.charCodeAt(state.position) === 10) state.position++;
      else {
        state.position++;
        if (state.input.charCodeAt(state.position) === 10) state.position++;
      }
      state.line++;
      state.lineStart = state.position;
      state.lineIndent = 0;
      state.firstTabInLine = -1;
    }
    function skipSeparationSpace(state, allowComments) {
      let lineBreaks = 0;
      let ch = state.input.charCodeAt(state.position);
      let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          hasSeparation = true;
          if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
          ch = state.input.charCodeAt(++state.position);
        }
        if (allowComments && hasSeparation && ch === 35) do
          ch = state.input.charCodeAt(++state.position);
        while (!isEol(ch) && ch !== 0);
        if (!isEol(ch)) break;
        consumeLineBreak(state);
        lineBreaks++;
        hasSeparation = true;
        ch = state.input.charCodeAt(state.position);
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      }
      return lineBreaks;
    }
    function testDocumentSeparator(state, position = state.position) {
      const ch = state.input.charCodeAt(position);
      if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
        const following = state.input.charCodeAt(position + 3);
        return following === 0 || isWsOrEol(following);
      }
      return false;
    }
    function skipByteOrderMark(state) {
      if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
        state.position++;
        state.lineStart = state.position;
      }
    }
    function testDocumentBoundary(state) {
      if (state.position !== state.lineStart) return false;
      if (testDocumentSeparator(state)) return true;
      if (state.input.charCodeAt(state.position) !== 65279) return false;
      const snapshot = snapshotState(state);
      skipByteOrderMark(state);
      skipSeparationSpace(state, true);
      const ch = state.input.charCodeAt(state.position);
      const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
      restoreState(state, snapshot);
      return result;
    }
    function skipUntilLineEnd(state) {
      let ch = state.input.charCodeAt(state.position);
      while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
    }
    function checkPrintable(state, start, end) {
      const match2 = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
      if (match2 !== null) {
        state.position = start + match2.index + match2[0].length - 1;
        throwError(state, "the stream contains non-printable characters");
      }
    }
    function readTagProperty(state, props, inFlow) {
      if (state.input.charCodeAt(state.position) !== 33) return false;
      if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
      const start = state.position;
      let isVerbatim = false;
      let isNamed = false;
      let tagHandle = "!";
      let ch = state.input.charCodeAt(++state.position);
      if (ch === 60) {
        isVerbatim = true;
        ch = state.input.charCodeAt(++state.position);
      } else if (ch === 33) {
        isNamed = true;
        tagHandle = "!!";
        ch = state.input.charCodeAt(++state.position);
      }
      let suffixStart = state.position;
      let tagName;
      if (isVerbatim) {
        while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
        if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
        tagName = state.input.slice(suffixStart, state.position);
        state.position++;
      } else {
        while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
          if (ch === 33) {
            if (!isNamed) {
              tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
              if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
              isNamed = true;
              suffixStart = state.position + 1;
            } else throwError(state, "tag suffix cannot contain exclamation marks");
          }
          ch = state.input.charCodeAt(++state.position);
        }
        tagName = state.input.slice(suffixStart, state.position);
        if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
      }
      if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
      if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
      props.tagStart = start;
      props.tagEnd = state.position;
      return true;
    }
    function readAnchorProperty(state, props) {
      if (state.input.charCodeAt(state.position) !== 38) return false;
      if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
      state.position++;
      const start = state.position;
      while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
      if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
      props.anchorStart = start;
      props.anchorEnd = state.position;
      return true;
    }
    function readAlias(state, props) {
      if (state.input.charCodeAt(state.position) !== 42) return false;
      if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
      state.position++;
      const start = state.position;
      while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
      if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
      addAliasEvent(state, start, state.position);
      return true;
    }
    function readFlowScalarBreak(state, nodeIndent) {
      skipSeparationSpace(state, false);
      if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
    }
    function readSingleQuotedScalar(state, nodeIndent, props) {
      if (state.input.charCodeAt(state.position) !== 39) return false;
      state.position++;
      const start = state.position;
      let simple = true;
      while (state.input.charCodeAt(state.position) !== 0) {
        const ch = state.input.charCodeAt(state.position);
        if (ch === 39) {
          if (state.input.charCodeAt(state.position + 1) === 39) {
            simple = false;
            state.position += 2;
            continue;
          }
          const end = state.position;
          state.position++;
          addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
          return true;
        }
        if (isEol(ch)) {
          simple = false;
          readFlowScalarBreak(state, nodeIndent);
        } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
        else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
        else state.position++;
      }
      throwError(state, "unexpected end of the stream within a single quoted scalar");
    }
    function readDoubleQuotedScalar(state, nodeIndent, props) {
      if (state.input.charCodeAt(state.position) !== 34) return false;
      state.position++;
      const start = state.position;
      let simple = true;
      while (state.input.charCodeAt(state.position) !== 0) {
        const ch = state.input.charCodeAt(state.position);
        if (ch === 34) {
          const end = state.position;
          state.position++;
          addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
          return true;
        }
        if (ch === 92) {
          simple = false;
          const escaped = state.input.charCodeAt(++state.position);
          if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
          else if (isSimpleEscape(escaped)) state.position++;
          else {
            let hexLength = escapedHexLen(escaped);
            if (hexLength === 0) throwError(state, "unknown escape sequence");
            while (hexLength-- > 0) {
              state.position++;
              if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
            }
            state.position++;
          }
        } else if (isEol(ch)) {
          simple = false;
          readFlowScalarBreak(state, nodeIndent);
        } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
        else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
        else state.position++;
      }
      throwError(state, "unexpected end of the stream within a double quoted scalar");
    }
    function readBlockScalar(state, parentIndent, props) {
      const ch = state.input.charCodeAt(state.position);
      let chomping = CHOMPING_MODE.CLIP;
      let indent = -1;
      let detectedIndent = false;
      if (ch !== 124 && ch !== 62) return false;
      const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
      state.position++;
      while (state.input.charCodeAt(state.position) !== 0) {
        const current = state.input.charCodeAt(state.position);
        const digit2 = fromDecimalCode(current);
        if (current === 43 || current === 45) {
          if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
          chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
          state.position++;
        } else if (digit2 >= 0) {
          if (digit2 === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
          if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
          indent = parentIndent + digit2 - 1;
          detectedIndent = true;
          state.position++;
        } else break;
      }
      let hadWhitespace = false;
      while (isWhiteSpace(state.input.charCodeAt(state.position))) {
        hadWhitespace = true;
        state.position++;
      }
      if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
      if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
      else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
      let contentIndent = detectedIndent ? indent : -1;
      let maxLeadingIndent = 0;
      const valueStart = state.position;
      let valueEnd = state.position;
      while (state.input.charCodeAt(state.position) !== 0) {
        const linePosition = state.position;
        let column = 0;
        while (state.input.charCodeAt(linePosition + column) === 32) column++;
        const first = state.input.charCodeAt(linePosition + column);
        if (first === 0) {
          if (contentIndent >= 0) {
            if (column > contentIndent) valueEnd = linePosition + column;
          } else if (column > 0) valueEnd = linePosition + column;
          break;
        }
        if (testDocumentBoundary(state)) break;
        if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
        if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
          if (first === 9 && column < parentIndent) {
            state.position = linePosition + column;
            throwError(state, "tab characters must not be used in indentation");
          }
          if (column >= parentIndent && column < maxLeadingIndent) {
            state.position = linePosition + column;
            throwError(state, "bad indentation of a mapping entry");
          }
        }
        if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
          state.lineIndent = column;
          state.position = linePosition + column;
          break;
        }
        if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
        const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
        if (first !== 0 && !isEol(first) && column < requiredIndent) {
          state.lineIndent = column;
          state.position = linePosition + column;
          break;
        }
        skipUntilLineEnd(state);
        valueEnd = state.position;
        if (isEol(state.input.charCodeAt(state.position))) {
          consumeLineBreak(state);
          valueEnd = state.position;
        }
      }
      checkPrintable(state, valueStart, valueEnd);
      addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
      return true;
    }
    function canStartPlainScalar(state, nodeContext) {
      const ch = state.input.charCodeAt(state.position);
      const inFlow = nodeContext === CONTEXT_FLOW_IN;
      if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
      if (ch === 63 || ch === 45) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
      }
      return true;
    }
    function readPlainScalar(state, nodeIndent, nodeContext, props) {
      if (!canStartPlainScalar(state, nodeContext)) return false;
      const start = state.position;
      let end = state.position;
      let ch = state.input.charCodeAt(state.position);
      const inFlow = nodeContext === CONTEXT_FLOW_IN;
      let multiline = false;
      while (ch !== 0) {
        if (testDocumentBoundary(state)) break;
        if (ch === 58) {
          const following = state.input.charCodeAt(state.position + 1);
          if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
        } else if (ch === 35) {
          if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
        } else if (inFlow && isFlowIndicator(ch)) break;
        else if (isEol(ch)) {
          const savedPosition = state.position;
          const savedLine = state.line;
          const savedLineStart = state.lineStart;
          const savedLineIndent = state.lineIndent;
          skipSeparationSpace(state, false);
          if (state.lineIndent >= nodeIndent) {
            multiline = true;
            ch = state.input.charCodeAt(state.position);
            continue;
          }
          state.position = savedPosition;
          state.line = savedLine;
          state.lineStart = savedLineStart;
          state.lineIndent = savedLineIndent;
          break;
        }
        if (!isWhiteSpace(ch)) end = state.position + 1;
        ch = state.input.charCodeAt(++state.position);
      }
      if (end === start) return false;
      checkPrintable(state, start, end);
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
      return true;
    }
    function skipFlowSeparationSpace(state, nodeIndent) {
      const startLine = state.line;
      skipSeparationSpace(state, true);
      if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
    }
    function readFlowCollection(state, nodeIndent, props) {
      const ch = state.input.charCodeAt(state.position);
      const isMapping3 = ch === 123;
      const start = state.position;
      let readNext = true;
      if (ch !== 91 && ch !== 123) return false;
      const terminator = isMapping3 ? 125 : 93;
      if (isMapping3) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
      else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
      state.position++;
      while (state.input.charCodeAt(state.position) !== 0) {
        skipFlowSeparationSpace(state, nodeIndent);
        let ch2 = state.input.charCodeAt(state.position);
        if (ch2 === terminator) {
          state.position++;
          addPopEvent(state);
          return true;
        } else if (!readNext) throwError(state, "missed comma between flow collection entries");
        else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
        let isPair2 = false;
        let isExplicitPair = false;
        if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
          isPair2 = isExplicitPair = true;
          state.position += 1;
          skipFlowSeparationSpace(state, nodeIndent);
        }
        const entryLine = state.line;
        const entryStart = snapshotState(state);
        const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        skipFlowSeparationSpace(state, nodeIndent);
        ch2 = state.input.charCodeAt(state.position);
        if ((isMapping3 || isExplicitPair || state.line === entryLine) && ch2 === 58) {
          isPair2 = true;
          state.position++;
          skipFlowSeparationSpace(state, nodeIndent);
          if (!isMapping3) {
            insertFlowPairMappingEvent(state, entryStart);
            if (!keyWasRead) addEmptyScalarEvent(state);
          } else if (!keyWasRead) addEmptyScalarEvent(state);
          if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
          skipFlowSeparationSpace(state, nodeIndent);
          if (!isMapping3) addPopEvent(state);
        } else if (isMapping3 && isPair2) {
          if (!keyWasRead) addEmptyScalarEvent(state);
          addEmptyScalarEvent(state);
        } else if (isMapping3) addEmptyScalarEvent(state);
        else if (isPair2) {
          insertFlowPairMappingEvent(state, entryStart);
          if (!keyWasRead) addEmptyScalarEvent(state);
          addEmptyScalarEvent(state);
          addPopEvent(state);
        }
        ch2 = state.input.charCodeAt(state.position);
        if (ch2 === 44) {
          readNext = true;
          state.position++;
        } else readNext = false;
      }
      throwError(state, "unexpected end of the stream within a flow collection");
    }
    function readBlockSequence(state, nodeIndent, props) {
      if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
      addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
      while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
        if (state.firstTabInLine !== -1) {
          state.position = state.firstTabInLine;
          throwError(state, "tab characters must not be used in indentation");
        }
        const entryLine = state.line;
        state.position++;
        const hadBreak = skipSeparationSpace(state, true) > 0;
        if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
        if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
        else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
        skipSeparationSpace(state, true);
        if (state.lineIndent < nodeIndent || state.position >= state.length) break;
        if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
        if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
      }
      addPopEvent(state);
      return true;
    }
    function readBlockMapping(state, nodeIndent, flowIndent, props) {
      let atExplicitKey = false;
      let detected = false;
      let mappingOpened = false;
      let pendingExplicitKey = false;
      if (state.firstTabInLine !== -1) return false;
      let ch = state.input.charCodeAt(state.position);
      while (ch !== 0) {
        if (!atExplicitKey && state.firstTabInLine !== -1) {
          state.position = state.firstTabInLine;
          throwError(state, "tab characters must not be used in indentation");
        }
        const following = state.input.charCodeAt(state.position + 1);
        const entryLine = state.line;
        if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
          if (!mappingOpened) {
            addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
            mappingOpened = true;
          }
          if (ch === 63) {
            if (atExplicitKey) addEmptyScalarEvent(state);
            detected = true;
            atExplicitKey = true;
          } else if (atExplicitKey) atExplicitKey = false;
          else {
            addEmptyScalarEvent(state);
            detected = true;
            atExplicitKey = false;
          }
          state.position += 1;
          pendingExplicitKey = true;
        } else {
          if (atExplicitKey) {
            addEmptyScalarEvent(state);
            atExplicitKey = false;
          }
          const beforeKey = snapshotState(state);
          if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
          if (state.line === entryLine) {
            ch = state.input.charCodeAt(state.position);
            while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
            if (ch === 58) {
              ch = state.input.charCodeAt(++state.position);
              if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
              if (!mappingOpened) {
                state.events.splice(beforeKey.eventsLength, 0, {
                  type: EVENT_ID2.MAPPING,
                  start: beforeKey.position,
                  anchorStart: props.anchorStart,
                  anchorEnd: props.anchorEnd,
                  tagStart: props.tagStart,
                  tagEnd: props.tagEnd,
                  style: COLLECTION_STYLE.BLOCK
                });
                mappingOpened = true;
              }
              detected = true;
              atExplicitKey = false;
              pendingExplicitKey = false;
            } else if (detected) throwError(state, "expected ':' after a mapping key");
            else {
              if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
                restoreState(state, beforeKey);
                return false;
              }
              return true;
            }
          } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
          else {
            if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
              restoreState(state, beforeKey);
              return false;
            }
            return true;
          }
        }
        if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
        if (!atExplicitKey) {
          if (pendingExplicitKey) {
            addEmptyScalarEvent(state);
            pendingExplicitKey = false;
          }
        }
        skipSeparationSpace(state, true);
        ch = state.input.charCodeAt(state.position);
        if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
        else if (state.lineIndent < nodeIndent) break;
      }
      if (!detected) return false;
      if (atExplicitKey) addEmptyScalarEvent(state);
      if (mappingOpened) addPopEvent(state);
      return true;
    }
    function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
      if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
      state.depth++;
      let indentStatus = 1;
      let atNewLine = false;
      let hasContent = false;
      let propertyStart = null;
      const props = emptyProperties();
      let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
      let allowBlockCollections = allowBlockScalars;
      const allowBlockStyles = allowBlockScalars;
      if (allowToSeek && skipSeparationSpace(state, true)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) indentStatus = 1;
        else if (state.lineIndent === parentIndent) indentStatus = 0;
        else indentStatus = -1;
      }
      if (indentStatus === 1) while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
        if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
          var _state$events$fallbac;
          const fallbackState = snapshotState(state);
          const flowIndent = parentIndent + 1;
          if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && ((_state$events$fallbac = state.events[fallbackState.eventsLength]) === null || _state$events$fallbac === void 0 ? void 0 : _state$events$fallbac.type) === EVENT_ID2.MAPPING) {
            state.depth--;
            return true;
          }
          restoreState(state, fallbackState);
        }
        if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
        if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
        if (propertyStart === null) propertyStart = propertyState;
        if (skipSeparationSpace(state, true)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) indentStatus = 1;
          else if (state.lineIndent === parentIndent) indentStatus = 0;
          else indentStatus = -1;
        } else allowBlockCollections = false;
      }
      if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
      if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
        const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
        const blockIndent = state.position - state.lineStart;
        if (indentStatus === 1) {
          if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
          else {
            const ch = state.input.charCodeAt(state.position);
            if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
              var _state$events$fallbac2;
              const fallbackState = snapshotState(state);
              const propertyIndent = propertyStart.position - propertyStart.lineStart;
              restoreState(state, propertyStart);
              if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && ((_state$events$fallbac2 = state.events[fallbackState.eventsLength]) === null || _state$events$fallbac2 === void 0 ? void 0 : _state$events$fallbac2.type) === EVENT_ID2.MAPPING) hasContent = true;
              else restoreState(state, fallbackState);
            }
            if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
          }
        } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
      }
      allowBlockScalars = allowBlockScalars && !hasContent;
      if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
        addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
        hasContent = true;
      }
      state.depth--;
      return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
    }
    function readDirective(state) {
      if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
      state.position++;
      const nameStart = state.position;
      while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
      const name = state.input.slice(nameStart, state.position);
      const args = [];
      if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
      while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
        while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
        if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
        const start = state.position;
        while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
        args.push(state.input.slice(start, state.position));
      }
      if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
      if (name === "YAML") {
        if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
        if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
        const match2 = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
        if (match2 === null) throwError(state, "ill-formed argument of the YAML directive");
        if (parseInt(match2[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
        state.directives.push({
          kind: "yaml",
          version: args[0]
        });
      } else if (name === "TAG") {
        if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
        const [handle, prefix2] = args;
        if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
        if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
        if (!PATTERN_TAG_PREFIX.test(prefix2)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
        state.tagHandlers[handle] = prefix2;
        state.directives.push({
          kind: "tag",
          handle,
          prefix: prefix2
        });
      }
      return true;
    }
    function readDocument(state) {
      state.directives = [];
      state.tagHandlers = /* @__PURE__ */ Object.create(null);
      let hasDirectives = false;
      skipSeparationSpace(state, true);
      while (readDirective(state)) {
        hasDirectives = true;
        skipSeparationSpace(state, true);
      }
      let explicitStart = false;
      let explicitEnd = false;
      let allowCompact = true;
      if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
        explicitStart = true;
        const markerLine = state.line;
        state.position += 3;
        skipSeparationSpace(state, true);
        allowCompact = state.line > markerLine;
      } else if (hasDirectives) throwError(state, "directives end mark is expected");
      const documentEventIndex = state.events.length;
      if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
        state.position += 3;
        skipSeparationSpace(state, true);
        return;
      }
      addDocumentEvent(state, explicitStart, false);
      if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
      skipSeparationSpace(state, true);
      if (state.position === state.lineStart && testDocumentSeparator(state)) {
        explicitEnd = state.input.charCodeAt(state.position) === 46;
        if (explicitEnd) {
          const markerLine = state.line;
          state.position += 3;
          skipSeparationSpace(state, true);
          if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
        }
      }
      const documentEvent = state.events[documentEventIndex];
      if ((documentEvent === null || documentEvent === void 0 ? void 0 : documentEvent.type) === EVENT_ID2.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
      addPopEvent(state);
      if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
    }
    function parseEvents3(input, options) {
      const length = input.length;
      const state = _objectSpread2(_objectSpread2(_objectSpread2({}, DEFAULT_PARSER_OPTIONS), options), {}, {
        input: `${input}\0`,
        length,
        position: 0,
        line: 0,
        lineStart: 0,
        lineIndent: 0,
        firstTabInLine: -1,
        depth: 0,
        directives: [],
        tagHandlers: /* @__PURE__ */ Object.create(null),
        events: []
      });
      const nullpos = input.indexOf("\0");
      if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
      while (state.position < state.length) {
        skipByteOrderMark(state);
        skipSeparationSpace(state, true);
        if (state.position >= state.length) break;
        const documentStart = state.position;
        readDocument(state);
        if (state.position === documentStart)
          throwError(state, "can not read a document");
      }
      return state.events;
    }
    var DEFAULT_LOAD_OPTIONS = _objectSpread2(_objectSpread2({}, DEFAULT_PARSER_OPTIONS), DEFAULT_CONSTRUCTOR_OPTIONS);
    function loadDocuments(input, options = {}) {
      const opts = _objectSpread2(_objectSpread2({}, DEFAULT_LOAD_OPTIONS), options);
      const source = String(input);
      const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
      const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
      return constructFromEvents2(parseEvents3(source, pick(opts, PARSER_OPT_KEYS)), _objectSpread2(_objectSpread2({}, pick(opts, CONSTRUCTOR_OPT_KEYS)), {}, { source }));
    }
    function loadAll2(input, iteratorOrOptions, options) {
      let iterator = null;
      if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
      else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
      const documents = loadDocuments(input, options);
      if (iterator === null) return documents;
      for (const document of documents) iterator(document);
    }
    function load2(input, options) {
      const documents = loadDocuments(input, options);
      if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
      if (documents.length === 1) return documents[0];
      throw new YAMLException("expected a single document in the stream, but found more");
    }
    var INVALID = /* @__PURE__ */ Symbol("INVALID");
    function buildRepresentTypes(schema) {
      const defaultTags = new Set([
        schema.defaultScalarTag,
        schema.defaultSequenceTag,
        schema.defaultMappingTag
      ].filter((t) => t !== void 0));
      const implicitScalars = schema.implicitScalarTags;
      const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
      const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
      return [
        ...implicitScalars.map((tag) => ({
          tag,
          implicitTag: true
        })),
        ...explicitTags.map((tag) => ({
          tag,
          implicitTag: false
        })),
        ...defaultTagsLast.map((tag) => ({
          tag,
          implicitTag: true
        }))
      ];
    }
    function matchTag(state, object) {
      for (let index2 = 0, length = state.representTypes.length; index2 < length; index2 += 1) {
        const { tag, implicitTag } = state.representTypes[index2];
        if (tag.identify(object)) {
          let tagName;
          if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
          else tagName = tag.tagName;
          return {
            tag,
            tagName,
            implicitTag
          };
        }
      }
      return null;
    }
    function build2(state, object) {
      if (!state.noRefs && object !== null && typeof object === "object") {
        const existing = state.refs.get(object);
        if (existing) {
          if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
          return {
            kind: "alias",
            anchor: existing.anchor
          };
        }
      }
      const matched = matchTag(state, object);
      if (!matched) {
        if (object === void 0) return INVALID;
        if (state.skipInvalid) return INVALID;
        throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
      }
      const { tag, tagName, implicitTag } = matched;
      const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
      if (tag.nodeKind === "scalar") return {
        kind: "scalar",
        tag: nodeTagName,
        tagged: !implicitTag,
        style: SCALAR_STYLE.PLAIN,
        value: tag.represent(object)
      };
      if (tag.nodeKind === "sequence") {
        const container3 = tag.represent(object);
        const node2 = {
          kind: "sequence",
          tag: nodeTagName,
          tagged: !implicitTag,
          style: COLLECTION_STYLE.BLOCK,
          items: []
        };
        if (!state.noRefs) state.refs.set(object, node2);
        for (let index2 = 0, length = container3.length; index2 < length; index2 += 1) {
          let item = build2(state, container3[index2]);
          if (item === INVALID && container3[index2] === void 0) item = build2(state, null);
          if (item === INVALID) continue;
          node2.items.push(item);
        }
        return node2;
      }
      const map = tag.represent(object);
      const node = {
        kind: "mapping",
        tag: nodeTagName,
        tagged: !implicitTag,
        style: COLLECTION_STYLE.BLOCK,
        items: []
      };
      if (!state.noRefs) state.refs.set(object, node);
      for (const [objectKey, objectValue] of map) {
        const key2 = build2(state, objectKey);
        if (key2 === INVALID) continue;
        const value = build2(state, objectValue);
        if (value === INVALID) continue;
        node.items.push({
          key: key2,
          value
        });
      }
      return node;
    }
    function jsToAst(input, schema, options = {}) {
      var _options$noRefs, _options$skipInvalid;
      const root = build2({
        representTypes: buildRepresentTypes(schema),
        noRefs: (_options$noRefs = options.noRefs) !== null && _options$noRefs !== void 0 ? _options$noRefs : false,
        skipInvalid: (_options$skipInvalid = options.skipInvalid) !== null && _options$skipInvalid !== void 0 ? _options$skipInvalid : false,
        refs: /* @__PURE__ */ new Map(),
        refCounter: 0
      }, input);
      return [{
        contents: root === INVALID ? null : root,
        directives: []
      }];
    }
    var VISIT_BREAK = /* @__PURE__ */ Symbol("visit:break");
    var VISIT_SKIP = /* @__PURE__ */ Symbol("visit:skip");
    function visitNode(node, visitor, ctx) {
      const control = visitor(node, ctx);
      if (control === VISIT_BREAK) return true;
      if (control === VISIT_SKIP) return false;
      const depth = ctx.depth + 1;
      switch (node.kind) {
        case "sequence":
          for (const item of node.items) if (visitNode(item, visitor, {
            depth,
            parent: node,
            isKey: false
          })) return true;
          break;
        case "mapping":
          for (const { key: key2, value } of node.items) {
            if (visitNode(key2, visitor, {
              depth,
              parent: node,
              isKey: true
            })) return true;
            if (visitNode(value, visitor, {
              depth,
              parent: node,
              isKey: false
            })) return true;
          }
      }
      return false;
    }
    function visit(documents, visitor) {
      for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
        depth: 0,
        parent: null,
        isKey: false
      })) return;
    }
    function hasBit(mask, bit) {
      return (mask & 1 << bit) !== 0;
    }
    var DEFAULT_SCALAR_STYLE_RULES = {
      applyQuoteFlowKeysOption,
      doubleQuoteForInvisibles,
      doubleQuoteWhitespaceOnly,
      applyForceQuotesOption,
      tryLongOrMultilineAsBlock,
      quoteInvalidPlain,
      fallbackToDoubleQuoted
    };
    function _preferredQuotedStyle(layout) {
      if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
      return SCALAR_STYLE.DOUBLE_QUOTED;
    }
    function applyQuoteFlowKeysOption(layout) {
      if (!layout.presenterOptions.quoteFlowKeys) return;
      if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
      layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    }
    function doubleQuoteForInvisibles(layout) {
      if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    }
    function doubleQuoteWhitespaceOnly(layout) {
      if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    }
    function applyForceQuotesOption(layout) {
      if (!layout.presenterOptions.forceQuotes) return;
      if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
      if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
      layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
    }
    function tryLongOrMultilineAsBlock(layout) {
      if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
      const value = layout.node.value;
      const multiline = value.indexOf("\n") !== -1;
      if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
        if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
        return;
      }
      const w = layout.presenterOptions.lineWidth;
      if (w === -1) {
        if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
        return;
      }
      const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
      let position = 0;
      let shouldFold = false;
      while (position <= value.length) {
        let lineEnd = value.length;
        const nextLineBreak = value.indexOf("\n", position);
        if (nextLineBreak !== -1) lineEnd = nextLineBreak;
        const line = value.slice(position, lineEnd);
        if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
        if (nextLineBreak === -1) break;
        position = nextLineBreak + 1;
      }
      if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
      else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    }
    function quoteInvalidPlain(layout) {
      if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
    }
    function fallbackToDoubleQuoted(layout) {
      if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    }
    function setBit(mask, bit) {
      return mask | 1 << bit;
    }
    var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
    var SRC_B_CHAR = "[\\n\\r]";
    var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
    var SRC_S_WHITE = "[ \\t]";
    var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
    var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
    var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
    var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
    var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
    var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
    var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
    var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
    var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
    var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
    var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
    var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
    var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
    var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
    var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
    var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
    var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
    var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
    var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
    var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
    var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
    var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
    var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
    var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
    var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
    var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
    var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
    var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
    var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
    var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
    function canUsePlain(layout) {
      const str2 = layout.node.value;
      if (str2 !== "") {
        if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str2)) return false;
        if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str2)) return false;
        if (layout.shiftOfContent === 0) {
          const firstLineBreak = str2.indexOf("\n");
          if (firstLineBreak !== -1) {
            const content = str2.slice(firstLineBreak + 1);
            if (C_FORBIDDEN_CONTENT.test(content)) return false;
          }
        }
      }
      const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str2).tag.tagName;
      if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
      if (!layout.node.tagged && str2 === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
      return true;
    }
    function canUseSingleQuoted(layout) {
      const str2 = layout.node.value;
      if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str2)) return false;
      if (/[ \t]\n|\n[ \t]/.test(str2)) return false;
      if (!layout.isKey && layout.shiftOfContent === 0) {
        const firstLineBreak = str2.indexOf("\n");
        if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str2.slice(firstLineBreak + 1))) return false;
      }
      return true;
    }
    function canUseBlock(layout) {
      if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
      const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
      if (contentIndent < 1) return false;
      if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
      if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
      return true;
    }
    function detectAllowedStyles(layout) {
      let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
      if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
      if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
      if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
      layout.allowedStylesMask = mask;
    }
    function renderScalar(layout) {
      switch (layout.style) {
        case SCALAR_STYLE.PLAIN:
          return renderPlain(layout);
        case SCALAR_STYLE.SINGLE_QUOTED:
          return renderSingleQuoted(layout);
        case SCALAR_STYLE.LITERAL_BLOCK:
          return renderLiteralBlock(layout);
        case SCALAR_STYLE.FOLDED_BLOCK:
          return renderFoldedBlock(layout);
        case SCALAR_STYLE.DOUBLE_QUOTED:
          return renderDoubleQuoted(layout);
      }
    }
    function renderPlain(layout) {
      return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
    }
    function renderSingleQuoted(layout) {
      return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
    }
    function renderLiteralBlock(layout) {
      const value = layout.node.value;
      return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
    }
    function renderFoldedBlock(layout) {
      const value = layout.node.value;
      const w = layout.presenterOptions.lineWidth;
      let availableWidth = Infinity;
      if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
      return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
    }
    function renderDoubleQuoted(layout) {
      return `"${escapeString(layout.node.value)}"`;
    }
    function encodeFlowBreaks(string, shiftOfContent) {
      let nextLF = string.indexOf("\n");
      if (nextLF === -1) return string;
      const pad = " ".repeat(shiftOfContent);
      let result = string.slice(0, nextLF);
      const lineRe = /(\n+)([^\n]*)/g;
      lineRe.lastIndex = nextLF;
      let match2;
      while (match2 = lineRe.exec(string)) {
        const breaks = match2[1].length;
        const line = match2[2];
        result += "\n".repeat(breaks + 1) + pad + line;
      }
      return result;
    }
    function indentString(string, spaces) {
      const indent = " ".repeat(spaces);
      let position = 0;
      let result = "";
      const length = string.length;
      while (position < length) {
        let line;
        const next = string.indexOf("\n", position);
        if (next === -1) {
          line = string.slice(position);
          position = length;
        } else {
          line = string.slice(position, next + 1);
          position = next + 1;
        }
        if (line.length && line !== "\n") result += indent;
        result += line;
      }
      return result;
    }
    function needIndentIndicator(string) {
      return /^\n* /.test(string);
    }
    function blockHeader(string, shiftOfParent, shiftOfContent) {
      const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
      const clip = string[string.length - 1] === "\n";
      return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}
`;
    }
    function dropEndingNewline(string) {
      return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
    }
    function isMoreIndented(char) {
      return char === " " || char === "	";
    }
    function foldLine(line, width) {
      if (line === "" || isMoreIndented(line[0])) return line;
      const breakRe = / [^ \t]/g;
      let match2;
      let start = 0;
      let end;
      let curr = 0;
      let next = 0;
      let result = "";
      while (match2 = breakRe.exec(line)) {
        next = match2.index;
        if (next - start > width) {
          end = curr > start ? curr : next;
          result += `
${line.slice(start, end)}`;
          start = end + 1;
        }
        curr = next;
      }
      result += "\n";
      if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}
${line.slice(curr + 1)}`;
      else result += line.slice(start);
      return result.slice(1);
    }
    function foldBlockScalar(string, width) {
      const lineRe = /(\n+)([^\n]*)/g;
      let nextLF = string.indexOf("\n");
      if (nextLF === -1) nextLF = string.length;
      lineRe.lastIndex = nextLF;
      let result = foldLine(string.slice(0, nextLF), width);
      let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
      let moreIndented;
      let match2;
      while (match2 = lineRe.exec(string)) {
        const prefix2 = match2[1];
        const line = match2[2];
        moreIndented = line !== "" && isMoreIndented(line[0]);
        result += prefix2 + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
        prevMoreIndented = moreIndented;
      }
      return result;
    }
    var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
    function escapeCharacter(character) {
      switch (character) {
        case "\0":
          return "\\0";
        case "\x07":
          return "\\a";
        case "\b":
          return "\\b";
        case "	":
          return "\\t";
        case "\n":
          return "\\n";
        case "\v":
          return "\\v";
        case "\f":
          return "\\f";
        case "\r":
          return "\\r";
        case "\x1B":
          return "\\e";
        case '"':
          return '\\"';
        case "\\":
          return "\\\\";
        case "":
          return "\\N";
        case " ":
          return "\\_";
        case "\u2028":
          return "\\L";
        case "\u2029":
          return "\\P";
      }
      const code = character.charCodeAt(0);
      const hex2 = code.toString(16).toUpperCase();
      if (code <= 255) return `\\x${"0".repeat(2 - hex2.length)}${hex2}`;
      return `\\u${"0".repeat(4 - hex2.length)}${hex2}`;
    }
    function escapeString(string) {
      return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
    }
    var CHAR_LINE_FEED = 10;
    var DEFAULT_PRESENTER_OPTIONS = {
      indent: 2,
      seqNoIndent: false,
      seqInlineFirst: true,
      lineWidth: 80,
      flowBracketPadding: false,
      flowSkipCommaSpace: false,
      flowSkipColonSpace: false,
      quoteFlowKeys: false,
      quoteStyle: "single",
      forceQuotes: false,
      scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
      tagBeforeAnchor: false
    };
    function nodeTagShort(node) {
      return node.tagged ? node.tag : tagNameShort(node.tag);
    }
    function createPresenterState(options) {
      const opts = _objectSpread2(_objectSpread2({}, DEFAULT_PRESENTER_OPTIONS), options);
      if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
      return _objectSpread2(_objectSpread2({}, opts), {}, {
        defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
        openEnded: false
      });
    }
    function generateNextLine(state, level) {
      return `
${" ".repeat(state.indent * level)}`;
    }
    function scalarLayout(state, node, parent, level, isKey, flowOnly) {
      return {
        node,
        parent,
        level,
        isKey,
        flowOnly,
        shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
        shiftOfContent: state.indent * Math.max(1, level),
        shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
        presenterOptions: state,
        allowedStylesMask: 0,
        style: node.style
      };
    }
    function writeFlowSequence(state, level, node) {
      let result = "";
      for (let index2 = 0, length = node.items.length; index2 < length; index2 += 1) {
        const item = writeNode(state, level, node.items[index2], node, {}).text;
        if (index2 > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
        result += item;
      }
      const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
      return `[${pad}${result}${pad}]`;
    }
    function writeBlockSequence(state, level, node, compact) {
      let result = "";
      for (let index2 = 0, length = node.items.length; index2 < length; index2 += 1) {
        const item = writeNode(state, level + 1, node.items[index2], node, {
          block: true,
          compact: state.seqInlineFirst,
          isblockseq: true
        }).text;
        if (!compact || result !== "") result += generateNextLine(state, level);
        if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
        else result += "- ";
        result += item;
      }
      return result;
    }
    function writeFlowMapping(state, level, node) {
      let result = "";
      for (const { key: key2, value } of node.items) {
        let pairBuffer = "";
        if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
        const keyRender = writeNode(state, level, key2, node, { iskey: true });
        const keyText = keyRender.text;
        const valueText = writeNode(state, level, value, node, {}).text;
        const sep2 = state.flowSkipColonSpace || valueText === "" ? "" : " ";
        const keyIsBareProps = key2.kind === "scalar" && keyRender.noBody && (key2.tagged || key2.anchor !== void 0);
        const keyColonSep = key2.kind === "alias" || keyIsBareProps ? " " : "";
        pairBuffer += `${keyText}${keyColonSep}:${sep2}${valueText}`;
        result += pairBuffer;
      }
      const pad = state.flowBracketPadding && result !== "" ? " " : "";
      return `{${pad}${result}${pad}}`;
    }
    function writeBlockMapping(state, level, node, compact) {
      let result = "";
      for (let index2 = 0, length = node.items.length; index2 < length; index2 += 1) {
        let pairBuffer = "";
        if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
        const { key: key2, value } = node.items[index2];
        const keyIsBlock = (key2.kind === "mapping" || key2.kind === "sequence") && key2.style === COLLECTION_STYLE.BLOCK && key2.items.length !== 0 || key2.kind === "scalar" && (key2.style === SCALAR_STYLE.LITERAL_BLOCK || key2.style === SCALAR_STYLE.FOLDED_BLOCK);
        const keyRender = keyIsBlock ? writeNode(state, level + 1, key2, node, {
          block: true,
          compact: true,
          isblockseq: !cannotBeCompact(state, key2, level + 1)
        }) : writeNode(state, level + 1, key2, node, {
          block: true,
          compact: true,
          iskey: true
        });
        const keyText = keyRender.text;
        const keyHasLineBreak = key2.kind === "scalar" && key2.value.indexOf("\n") !== -1;
        const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
        const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
        if (explicitPair) {
          if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
          else pairBuffer += "? ";
        }
        pairBuffer += keyText;
        if (explicitPair) pairBuffer += generateNextLine(state, level);
        const valueText = writeNode(state, level + 1, value, node, {
          block: true,
          compact: explicitPair,
          isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
        }).text;
        const keyIsBareProps = key2.kind === "scalar" && keyRender.noBody && (key2.tagged || key2.anchor !== void 0);
        const keyColonSep = !explicitPair && (key2.kind === "alias" || keyIsBareProps) ? " " : "";
        if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
        else pairBuffer += `${keyColonSep}: `;
        pairBuffer += valueText;
        result += pairBuffer;
      }
      return result;
    }
    function cannotBeCompact(state, node, level) {
      if (node.kind === "alias") return true;
      return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
    }
    function writeNode(state, level, node, parent, ctx) {
      var _ctx$compact;
      if (node.kind === "alias") {
        state.openEnded = false;
        return {
          text: `*${node.anchor}`,
          noBody: false
        };
      }
      const { block = false, iskey = false, isblockseq = false } = ctx;
      let compact = (_ctx$compact = ctx.compact) !== null && _ctx$compact !== void 0 ? _ctx$compact : false;
      const hasAnchor = node.anchor !== void 0;
      if (cannotBeCompact(state, node, level)) compact = false;
      let body;
      let shouldPrintTag = node.tagged;
      const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
      if (node.kind === "mapping") {
        if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
        else body = writeFlowMapping(state, level, node);
      } else if (node.kind === "sequence") {
        if (useBlockCollection) {
          if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
          else body = writeBlockSequence(state, level, node, compact);
        } else body = writeFlowSequence(state, level, node);
      } else {
        const layout = scalarLayout(state, node, parent, level, iskey, !block);
        detectAllowedStyles(layout);
        for (const rule2 of state.scalarStyleRules) rule2(layout);
        body = renderScalar(layout);
        state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
        shouldPrintTag = node.tagged || body === "" && layout.flowOnly && (parent === null || parent === void 0 ? void 0 : parent.kind) === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
      }
      if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
      if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
      const noBody = body === "";
      let text = body;
      if (shouldPrintTag || hasAnchor) {
        const props = [];
        const tag = shouldPrintTag ? nodeTagShort(node) : null;
        const anchor = hasAnchor ? `&${node.anchor}` : null;
        if (state.tagBeforeAnchor) {
          if (tag !== null) props.push(tag);
          if (anchor !== null) props.push(anchor);
        } else {
          if (anchor !== null) props.push(anchor);
          if (tag !== null) props.push(tag);
        }
        const sep2 = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
        text = `${props.join(" ")}${sep2}${body}`;
      }
      return {
        text,
        noBody
      };
    }
    function rootStartsOwnLine(node) {
      return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
    }
    function writeDocumentDirectives(doc) {
      let result = "";
      for (const directive of doc.directives) {
        if (directive.kind === "yaml") {
          result += `%YAML ${directive.version}
`;
          continue;
        }
        const { handle, prefix: prefix2 } = directive;
        result += `%TAG ${handle} ${prefix2}
`;
      }
      return result;
    }
    function present(documents, options) {
      const state = createPresenterState(options);
      let result = "";
      let previousEnded = false;
      for (let index2 = 0; index2 < documents.length; index2 += 1) {
        const doc = documents[index2];
        state.openEnded = false;
        const directives = writeDocumentDirectives(doc);
        const hasDirectives = directives !== "";
        const marker = doc.explicitStart || hasDirectives || index2 > 0 && !previousEnded;
        result += directives;
        if (doc.contents === null) {
          if (marker) result += "---\n";
        } else if (marker) {
          const body = writeNode(state, 0, doc.contents, null, {
            block: true,
            compact: true
          }).text;
          const sep2 = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
          result += `---${sep2}${body}
`;
        } else result += writeNode(state, 0, doc.contents, null, {
          block: true,
          compact: true
        }).text + "\n";
        previousEnded = doc.explicitEnd || state.openEnded;
        if (previousEnded) result += "...\n";
      }
      return result;
    }
    var DEFAULT_DUMP_OPTIONS = _objectSpread2(_objectSpread2({}, DEFAULT_PRESENTER_OPTIONS), {}, {
      schema: DUMP_SCHEMA,
      skipInvalid: false,
      noRefs: false,
      flowLevel: -1,
      sortKeys: false,
      transform: () => {
      }
    });
    function defaultCompareFn(a, b) {
      const x = String(a);
      const y = String(b);
      if (x < y) return -1;
      if (x > y) return 1;
      return 0;
    }
    function dump(input, options = {}) {
      const opts = _objectSpread2(_objectSpread2({}, DEFAULT_DUMP_OPTIONS), options);
      const documents = jsToAst(input, opts.schema, {
        noRefs: opts.noRefs,
        skipInvalid: opts.skipInvalid
      });
      if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
        if (ctx.depth < opts.flowLevel) return;
        if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
        return VISIT_SKIP;
      });
      if (opts.sortKeys) {
        const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
        visit(documents, (node) => {
          if (node.kind !== "mapping") return;
          node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
        });
      }
      opts.transform(documents);
      return present(documents, _objectSpread2(_objectSpread2({}, pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS))), {}, { schema: opts.schema }));
    }
    var NO_RANGE = -1;
    function eventPosition(event) {
      if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
      if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
      if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
      if ("start" in event) return event.start;
      return 0;
    }
    function rawTag(state, event) {
      return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
    }
    function anchorName(state, event) {
      return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
    }
    function buildScalar(state, event) {
      const value = getScalarValue2(state.source, event);
      const raw = rawTag(state, event);
      let tag;
      let tagged = false;
      if (raw !== "") {
        tagged = true;
        tag = raw;
      } else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
      else tag = state.schema.defaultScalarTag.tagName;
      return {
        kind: "scalar",
        tag,
        tagged,
        style: event.style,
        anchor: anchorName(state, event),
        value
      };
    }
    function buildCollection(state, event, defaultTagName) {
      const raw = rawTag(state, event);
      let tag;
      let tagged = false;
      if (raw === "") tag = defaultTagName;
      else {
        tag = raw;
        tagged = true;
      }
      return {
        tag,
        tagged,
        style: event.style,
        anchor: anchorName(state, event)
      };
    }
    function addNode(state, node) {
      const frame = state.frames[state.frames.length - 1];
      if (frame.kind === "document") frame.doc.contents = node;
      else if (frame.kind === "sequence") frame.node.items.push(node);
      else if (frame.key) {
        frame.node.items.push({
          key: frame.key,
          value: node
        });
        frame.key = null;
      } else frame.key = node;
    }
    function eventsToAst(events, options) {
      const state = {
        source: options.source,
        schema: options.schema,
        eventIndex: 0,
        position: 0,
        frames: [],
        documents: []
      };
      while (state.eventIndex < events.length) {
        const event = events[state.eventIndex++];
        state.position = eventPosition(event);
        switch (event.type) {
          case EVENT_ID2.DOCUMENT: {
            const doc = {
              contents: null,
              explicitStart: event.explicitStart,
              explicitEnd: event.explicitEnd,
              directives: event.directives
            };
            state.frames.push({
              kind: "document",
              doc
            });
            break;
          }
          case EVENT_ID2.SCALAR:
            addNode(state, buildScalar(state, event));
            break;
          case EVENT_ID2.SEQUENCE: {
            const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
            const node = {
              kind: "sequence",
              tag,
              tagged,
              style,
              anchor,
              items: []
            };
            state.frames.push({
              kind: "sequence",
              node
            });
            break;
          }
          case EVENT_ID2.MAPPING: {
            const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
            const node = {
              kind: "mapping",
              tag,
              tagged,
              style,
              anchor,
              items: []
            };
            state.frames.push({
              kind: "mapping",
              node,
              key: null
            });
            break;
          }
          case EVENT_ID2.ALIAS:
            addNode(state, {
              kind: "alias",
              anchor: state.source.slice(event.anchorStart, event.anchorEnd)
            });
            break;
          case EVENT_ID2.POP: {
            const frame = state.frames.pop();
            if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
            if (frame.kind === "document") state.documents.push(frame.doc);
            else addNode(state, frame.node);
            break;
          }
        }
      }
      return state.documents;
    }
    var EVENT_DOCUMENT = EVENT_ID2.DOCUMENT;
    var EVENT_SEQUENCE = EVENT_ID2.SEQUENCE;
    var EVENT_MAPPING = EVENT_ID2.MAPPING;
    var EVENT_SCALAR = EVENT_ID2.SCALAR;
    var EVENT_ALIAS = EVENT_ID2.ALIAS;
    var EVENT_POP = EVENT_ID2.POP;
    var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
    var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
    var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
    var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
    var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
    var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
    var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
    var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
    var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
    var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
    exports.CHOMPING_CLIP = CHOMPING_CLIP;
    exports.CHOMPING_KEEP = CHOMPING_KEEP;
    exports.CHOMPING_MODE = CHOMPING_MODE;
    exports.CHOMPING_STRIP = CHOMPING_STRIP;
    exports.COLLECTION_STYLE = COLLECTION_STYLE;
    exports.COLLECTION_STYLE_BLOCK = COLLECTION_STYLE_BLOCK;
    exports.COLLECTION_STYLE_FLOW = COLLECTION_STYLE_FLOW;
    exports.CORE_SCHEMA = CORE_SCHEMA;
    exports.DEFAULT_SCALAR_STYLE_RULES = DEFAULT_SCALAR_STYLE_RULES;
    exports.DUMP_SCHEMA = DUMP_SCHEMA;
    exports.EVENT_ALIAS = EVENT_ALIAS;
    exports.EVENT_DOCUMENT = EVENT_DOCUMENT;
    exports.EVENT_ID = EVENT_ID2;
    exports.EVENT_MAPPING = EVENT_MAPPING;
    exports.EVENT_POP = EVENT_POP;
    exports.EVENT_SCALAR = EVENT_SCALAR;
    exports.EVENT_SEQUENCE = EVENT_SEQUENCE;
    exports.FAILSAFE_SCHEMA = FAILSAFE_SCHEMA;
    exports.JSON_SCHEMA = JSON_SCHEMA;
    exports.NOT_RESOLVED = NOT_RESOLVED2;
    exports.SCALAR_STYLE = SCALAR_STYLE;
    exports.SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE_DOUBLE_QUOTED;
    exports.SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE_FOLDED_BLOCK;
    exports.SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE_LITERAL_BLOCK;
    exports.SCALAR_STYLE_PLAIN = SCALAR_STYLE_PLAIN;
    exports.SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE_SINGLE_QUOTED;
    exports.Schema = Schema2;
    exports.VISIT_BREAK = VISIT_BREAK;
    exports.VISIT_SKIP = VISIT_SKIP;
    exports.YAML11_SCHEMA = YAML11_SCHEMA;
    exports.YAMLException = YAMLException;
    exports.binaryTag = binaryTag2;
    exports.boolCoreTag = boolCoreTag;
    exports.boolJsonTag = boolJsonTag;
    exports.boolYaml11Tag = boolYaml11Tag;
    exports.constructFromEvents = constructFromEvents2;
    exports.defineMappingTag = defineMappingTag2;
    exports.defineScalarTag = defineScalarTag2;
    exports.defineSequenceTag = defineSequenceTag2;
    exports.dump = dump;
    exports.eventsToAst = eventsToAst;
    exports.floatCoreTag = floatCoreTag;
    exports.floatJsonTag = floatJsonTag;
    exports.floatYaml11Tag = floatYaml11Tag;
    exports.getScalarValue = getScalarValue2;
    exports.intCoreTag = intCoreTag;
    exports.intJsonTag = intJsonTag;
    exports.intYaml11Tag = intYaml11Tag;
    exports.jsToAst = jsToAst;
    exports.legacyMapTag = legacyMapTag;
    exports.load = load2;
    exports.loadAll = loadAll2;
    exports.mapTag = mapTag2;
    exports.mergeTag = mergeTag2;
    exports.nullCoreTag = nullCoreTag;
    exports.nullJsonTag = nullJsonTag;
    exports.nullYaml11Tag = nullYaml11Tag;
    exports.omapTag = omapTag2;
    exports.pairsTag = pairsTag2;
    exports.parseEvents = parseEvents3;
    exports.present = present;
    exports.realMapTag = realMapTag;
    exports.seqTag = seqTag2;
    exports.setTag = setTag2;
    exports.strTag = strTag2;
    exports.timestampTag = timestampTag;
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS2 = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR2 = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS2;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR2;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS2:
          case MAP:
          case SCALAR2:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS2;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR2;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path6) {
      const ctrl = callVisitor(key2, node, visitor, path6);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key2, path6, ctrl);
        return visit_(key2, ctrl, visitor, path6);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path6 = Object.freeze(path6.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci2 = visit_(i, node.items[i], visitor, path6);
            if (typeof ci2 === "number")
              i = ci2 - 1;
            else if (ci2 === BREAK)
              return BREAK;
            else if (ci2 === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path6 = Object.freeze(path6.concat(node));
          const ck = visit_("key", node.key, visitor, path6);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path6);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path6) {
      const ctrl = await callVisitor(key2, node, visitor, path6);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key2, path6, ctrl);
        return visitAsync_(key2, ctrl, visitor, path6);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path6 = Object.freeze(path6.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci2 = await visitAsync_(i, node.items[i], visitor, path6);
            if (typeof ci2 === "number")
              i = ci2 - 1;
            else if (ci2 === BREAK)
              return BREAK;
            else if (ci2 === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path6 = Object.freeze(path6.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path6);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path6);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path6) {
      if (typeof visitor === "function")
        return visitor(key2, node, path6);
      if (identity2.isMap(node))
        return visitor.Map?.(key2, node, path6);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key2, node, path6);
      if (identity2.isPair(node))
        return visitor.Pair?.(key2, node, path6);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key2, node, path6);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key2, node, path6);
      return void 0;
    }
    function replaceNode(key2, path6, node) {
      const parent = path6[path6.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity2.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt2 = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt2} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn2) => tn2.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix2] = parts;
            this.tags[handle] = prefix2;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix2 = this.tags[handle];
        if (prefix2) {
          try {
            return prefix2 + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix2] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix2))
            return handle + escapeTagName(tag.substring(prefix2.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix2] of tagEntries) {
          if (handle === "!!" && prefix2 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn2) => tn2.startsWith(prefix2)))
            lines.push(`%TAG ${handle} ${prefix2}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix2, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix2}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix2) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix2, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj2, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v12 = applyReviver(reviver, val, String(i), v0);
            if (v12 === void 0)
              delete val[i];
            else if (v12 !== v0)
              val[i] = v12;
          }
        } else if (val instanceof Map) {
          for (const k2 of Array.from(val.keys())) {
            const v0 = val.get(k2);
            const v12 = applyReviver(reviver, val, k2, v0);
            if (v12 === void 0)
              val.delete(k2);
            else if (v12 !== v0)
              val.set(k2, v12);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v12 = applyReviver(reviver, val, v0, v0);
            if (v12 === void 0)
              val.delete(v0);
            else if (v12 !== v0) {
              val.delete(v0);
              val.add(v12);
            }
          }
        } else {
          for (const [k2, v0] of Object.entries(val)) {
            const v12 = applyReviver(reviver, val, k2, v0);
            if (v12 === void 0)
              delete val[k2];
            else if (v12 !== v0)
              val[k2] = v12;
          }
        }
      }
      return reviver.call(obj2, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v2, i) => toJS(v2, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path6, value) {
      let v2 = value;
      for (let i = path6.length - 1; i >= 0; --i) {
        const k2 = path6[i];
        if (typeof k2 === "number" && Number.isInteger(k2) && k2 >= 0) {
          const a = [];
          a[k2] = v2;
          v2 = a;
        } else {
          v2 = /* @__PURE__ */ new Map([[k2, v2]]);
        }
      }
      return createNode.createNode(v2, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path6) => path6 == null || typeof path6 === "object" && !!path6[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it2) => identity2.isNode(it2) || identity2.isPair(it2) ? it2.clone(schema) : it2);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path6, value) {
        if (isEmptyPath(path6))
          this.add(value);
        else {
          const [key2, ...rest] = path6;
          const node = this.get(key2, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path6) {
        const [key2, ...rest] = path6;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path6, keepScalar) {
        const [key2, ...rest] = path6;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path6) {
        const [key2, ...rest] = path6;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path6, value) {
        const [key2, ...rest] = path6;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j2 = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j2])
                return text;
              folds.push(j2);
              escapedFolds[j2] = true;
              end = j2 + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs2;
      if (singleQuote === false)
        qs2 = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs2 = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs2 = doubleQuotedString;
        else
          qs2 = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs2(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss2 = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss2.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss2.value, ctx) : blockString(ss2, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss2.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss2.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss2, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity2.isScalar(item)) {
        obj2 = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj2));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity2.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key2) || !identity2.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key2) || (identity2.isScalar(key2) ? key2.type === Scalar2.Scalar.BLOCK_FOLDED || key2.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws2 = " ";
      if (keyComment || vsb || vcb) {
        ws2 = vsb ? "\n" : "";
        if (vcb) {
          const cs2 = commentString(vcb);
          ws2 += `
${stringifyComment.indentComment(cs2, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws2 === "\n" && valueComment)
            ws2 = "\n\n";
        } else {
          ws2 += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws2 = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws2 = "";
      }
      str2 += ws2 + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge.identify(key2) || identity2.isScalar(key2) && (!key2.type || key2.type === Scalar2.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it2 of source.items)
          mergeValue(ctx, map, it2);
      else if (Array.isArray(source))
        for (const it2 of source)
          mergeValue(ctx, map, it2);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity2.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key2, value, ctx) {
      const k2 = createNode.createNode(key2, void 0, ctx);
      const v2 = createNode.createNode(value, void 0, ctx);
      return new Pair(k2, v2);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity2.isNode(key2))
          key2 = key2.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_2, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key2) {
      const k2 = identity2.isScalar(key2) ? key2.value : key2;
      for (const it2 of items) {
        if (identity2.isPair(it2)) {
          if (it2.key === key2 || it2.key === k2)
            return it2;
          if (identity2.isScalar(it2.key) && it2.key.value === k2)
            return it2;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj2 instanceof Map) {
          for (const [key2, value] of obj2)
            add(key2, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key2 of Object.keys(obj2))
            add(key2, obj2[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity2.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it2 = findPair(this.items, key2);
        if (!it2)
          return false;
        const del = this.items.splice(this.items.indexOf(it2), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it2 = findPair(this.items, key2);
        const node = it2?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_2, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj2, ctx) => YAMLMap.YAMLMap.from(schema, obj2, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it2 = this.items[idx];
        return !keepScalar && identity2.isScalar(it2) ? it2.value : it2;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_2, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj2, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it2 of obj2) {
            if (typeof replacer === "function") {
              const key2 = obj2 instanceof Set ? it2 : String(i++);
              it2 = replacer.call(obj2, key2, it2);
            }
            seq.items.push(createNode.createNode(it2, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity2.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj2, ctx) => YAMLSeq.YAMLSeq.from(schema, obj2, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag2 = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag2.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag2;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag2 = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar2.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag2.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag2;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar2.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix2 + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn2 = pair2.value ?? pair2.key;
              cn2.comment = cn2.comment ? `${item.comment}
${cn2.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it2 of iterable) {
          if (typeof replacer === "function")
            it2 = replacer.call(iterable, String(i++), it2);
          let key2, value;
          if (Array.isArray(it2)) {
            if (it2.length === 2) {
              key2 = it2[0];
              value = it2[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it2}`);
          } else if (it2 && it2 instanceof Object) {
            const keys = Object.keys(it2);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it2[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it2;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_2, ctx) {
        if (!ctx)
          return super.toJSON(_2);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key2, value;
          if (identity2.isPair(pair2)) {
            key2 = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity2.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar2.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix2) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix2 + str2.substr(1) : prefix2 + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair2;
        if (identity2.isPair(key2))
          pair2 = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair2 = new Pair.Pair(key2.key, null);
        else
          pair2 = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity2.isPair(pair2) ? identity2.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_2, ctx) {
        return super.toJSON(_2, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match2 = str2.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema2 = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs2 = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs2, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs2 = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs2, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs2 = commentString(doc.comment);
          if (cs2.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs2, ""));
          } else {
            lines.push(`... ${cs2}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema2 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path6, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path6, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v2) => typeof v2 === "number" || v2 instanceof String || v2 instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k2 = this.createNode(key2, null, options);
        const v2 = this.createNode(value, null, options);
        return new Pair.Pair(k2, v2);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path6) {
        if (Collection.isEmptyPath(path6)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path6) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path6, keepScalar) {
        if (Collection.isEmptyPath(path6))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path6, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity2.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path6) {
        if (Collection.isEmptyPath(path6))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path6) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path6, value) {
        if (Collection.isEmptyPath(path6)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path6), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path6, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci2 = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci2 >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci2 - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci2 -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci2))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci2));
        }
        const pointer = " ".repeat(ci2) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st2 of key2.end)
              if (st2.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it2 of key2.items) {
            for (const st2 of it2.start)
              if (st2.type === "newline")
                return true;
            if (it2.sep) {
              for (const st2 of it2.sep)
                if (st2.type === "newline")
                  return true;
            }
            if (containsNewline(it2.key) || containsNewline(it2.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs2, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs2.offset;
      let commentEnd = null;
      for (const { start, value } of bs2.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs2.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs2.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs2.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st2 of start) {
              switch (st2.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st2.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st2 of sep2) {
                  if (st2 === valueProps.found)
                    break;
                  if (st2.type === "newline") {
                    onError(st2, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce2, ...ee2] = fc.end;
      let cePos = offset;
      if (ce2?.source === expectedEnd)
        cePos = ce2.offset + ce2.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce2 && ce2.source.length !== 1)
          ee2.unshift(ce2);
      }
      if (ee2.length > 0) {
        const end = resolveEnd.resolveEnd(ee2, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt2 = ctx.schema.knownTags[tagName];
        if (kt2?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt2, { default: false }));
          tag = kt2;
        } else {
          if (kt2) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt2.tag} used for ${expType} collection, but expects ${kt2.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts2 = token.source;
            if (ts2 && typeof ts2 === "string")
              length += ts2.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re2 = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re2.comment,
        range: [offset, valueEnd, re2.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep2 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt2 = schema.knownTags[tagName];
      if (kt2 && !kt2.collection) {
        schema.tags.push(Object.assign({}, kt2, { default: false, test: void 0 }));
        return kt2;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts2 = directives.tagString(tag.tag);
          const cs2 = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts2} or ${cs2}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st2 = before[i];
          switch (st2.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st2.source.length;
              continue;
          }
          st2 = before[++i];
          while (st2?.type === "space") {
            offset += st2.source.length;
            st2 = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re2 = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re2.offset];
      if (re2.comment)
        alias.comment = re2.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re2 = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re2.comment)
        doc.comment = re2.comment;
      doc.range = [offset, contentEnd, re2.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it2 = dc.items[0];
            if (identity2.isPair(it2))
              it2 = it2.key;
            const cb = it2.commentBefore;
            it2.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he2 = source.indexOf("\n");
          const head = source.substring(0, he2);
          const body = source.substring(he2 + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he2 = source.indexOf("\n");
      const head = source.substring(0, he2);
      const body = source.substring(he2 + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st2 of end)
          switch (st2.type) {
            case "space":
            case "comment":
              props.push(st2);
              break;
            case "newline":
              props.push(st2);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st2) => st2.type === "space" || st2.type === "comment" || st2.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st2 of token.end)
            res += st2.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st2 of token.end)
              res += st2.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st2 of token.end)
              res += st2.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep: sep2, value }) {
      let res = "";
      for (const st2 of start)
        res += st2.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep2)
        for (const st2 of sep2)
          res += st2.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path6) => {
      let item = cst;
      for (const [field, index2] of path6) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index2];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path6) => {
      const parent = visit.itemAtPath(cst, path6.slice(0, -1));
      const field = path6[path6.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path6, item, visitor) {
      let ctrl = visitor(item, path6);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci2 = _visit(Object.freeze(path6.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci2 === "number")
              i = ci2 - 1;
            else if (ci2 === BREAK)
              return BREAK;
            else if (ci2 === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path6);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path6) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT2 = "";
    var FLOW_END = "";
    var SCALAR2 = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT2:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR2:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT2:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR2:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT2;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR2;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt2 = this.buffer.substr(offset, 3);
          if ((dt2 === "---" || dt2 === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs2 = line.indexOf("#");
          while (cs2 !== -1) {
            const ch = line[cs2 - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs2 - 1;
              break;
            } else {
              cs2 = line.indexOf("#", cs2 + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote4 = this.charAt(0);
        let end = this.buffer.indexOf(quote4, this.pos + 1);
        if (quote4 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs2 = this.continueScalar(nl + 1);
            if (cs2 === -1)
              break;
            nl = qb.indexOf("\n", cs2);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs2 = this.continueScalar(nl + 1);
            if (cs2 === -1)
              break;
            nl = this.buffer.indexOf("\n", cs2);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs2 = this.continueScalar(i + 1);
              if (cs2 === -1)
                break;
              i = Math.max(i, cs2 - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it2 = parent.items[parent.items.length - 1];
          return it2.sep ?? it2.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it2 of fc.items) {
          if (it2.sep && !it2.value && !includesToken(it2.start, "explicit-key-ind") && !includesToken(it2.sep, "map-value-ind")) {
            if (it2.key)
              it2.value = it2.key;
            delete it2.key;
            if (isFlowToken(it2.value)) {
              if (it2.value.end)
                arrayPushArray(it2.value.end, it2.sep);
              else
                it2.value.end = it2.sep;
            } else
              arrayPushArray(it2.start, it2.sep);
            delete it2.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st2 = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st2;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it2 = top.items[top.items.length - 1];
              if (it2.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it2.sep) {
                it2.value = token;
              } else {
                Object.assign(it2, { key: token, sep: [] });
                this.onKeyLine = !it2.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it2 = top.items[top.items.length - 1];
              if (it2.value)
                top.items.push({ start: [], value: token });
              else
                it2.value = token;
              break;
            }
            case "flow-collection": {
              const it2 = top.items[top.items.length - 1];
              if (!it2 || it2.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it2.sep)
                it2.value = token;
              else
                Object.assign(it2, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st2) => st2.type !== "comment" || st2.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it2 = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it2.value) {
              const end = "end" in it2.value ? it2.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it2.sep) {
              it2.sep.push(this.sourceToken);
            } else {
              it2.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it2.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it2.sep) {
              it2.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it2.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it2.sep || it2.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it2.sep && !it2.value) {
            const nl = [];
            for (let i = 0; i < it2.sep.length; ++i) {
              const st2 = it2.sep[i];
              switch (st2.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st2.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it2.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it2.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it2.sep) {
                it2.sep.push(this.sourceToken);
              } else {
                it2.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it2.sep && !it2.explicitKey) {
                it2.start.push(this.sourceToken);
                it2.explicitKey = true;
              } else if (atNextItem || it2.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it2.explicitKey) {
                if (!it2.sep) {
                  if (includesToken(it2.start, "newline")) {
                    Object.assign(it2, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it2.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it2.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it2.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it2.key) && !includesToken(it2.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it2.start);
                  const key2 = it2.key;
                  const sep2 = it2.sep;
                  sep2.push(this.sourceToken);
                  delete it2.key;
                  delete it2.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it2.sep = it2.sep.concat(start, this.sourceToken);
                } else {
                  it2.sep.push(this.sourceToken);
                }
              } else {
                if (!it2.sep) {
                  Object.assign(it2, { key: null, sep: [this.sourceToken] });
                } else if (it2.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it2.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it2.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it2.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it2.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it2, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it2.explicitKey && it2.sep && !includesToken(it2.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it2 = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it2.value) {
              const end = "end" in it2.value ? it2.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it2.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it2.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it2.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it2.value || this.indent <= seq.indent)
              break;
            it2.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it2.value || includesToken(it2.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it2.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it2 = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it2 || it2.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it2.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it2 || it2.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it2.sep)
                it2.sep.push(this.sourceToken);
              else
                Object.assign(it2, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it2 || it2.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it2.sep)
                it2.sep.push(this.sourceToken);
              else
                it2.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it2 || it2.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it2.sep)
                this.stack.push(fs2);
              else
                Object.assign(it2, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st2) => st2.type === "newline" || st2.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema2 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema2.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/bin.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";

// src/cli.ts
import { readFile as readFile2, stat as stat3, mkdir, writeFile } from "node:fs/promises";
import path5 from "node:path";
import { parseArgs } from "node:util";

// src/config.ts
var import_js_yaml2 = __toESM(require_js_yaml_cjs(), 1);

// src/load/yaml11.ts
var import_js_yaml = __toESM(require_js_yaml_cjs(), 1);
var UNRESOLVED = import_js_yaml.NOT_RESOLVED;
var BOOLEANS = /* @__PURE__ */ new Map();
for (const word of ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]) BOOLEANS.set(word, true);
for (const word of ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]) BOOLEANS.set(word, false);
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var SPECIAL_FLOATS = /* @__PURE__ */ new Map([
  [".nan", Number.NaN],
  [".NaN", Number.NaN],
  [".NAN", Number.NaN],
  [".inf", Infinity],
  [".Inf", Infinity],
  [".INF", Infinity],
  ["+.inf", Infinity],
  ["+.Inf", Infinity],
  ["+.INF", Infinity],
  ["-.inf", -Infinity],
  ["-.Inf", -Infinity],
  ["-.INF", -Infinity]
]);
var YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var GO_INT = /^[+-]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
var INT64_MIN = -(2n ** 63n);
var UINT64_MAX = 2n ** 64n - 1n;
var startsNumber = (text) => {
  const ch = text.charCodeAt(0);
  return ch >= 48 && ch <= 57 || ch === 43 || ch === 45;
};
var SHORT_DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;
var DIGITS = [..."0123456789"];
var NULL_FIRST = ["", "~", "n", "N"];
var BOOL_FIRST = [..."yYtTfFnNoO"];
var INT_FIRST = [...DIGITS, "+", "-"];
var FLOAT_FIRST = [...DIGITS, "+", "-", "."];
var MAY_RESOLVE = new Uint8Array(128);
for (const ch of [...NULL_FIRST, ...BOOL_FIRST, ...INT_FIRST, ...FLOAT_FIRST]) if (ch !== "") MAY_RESOLVE[ch.charCodeAt(0)] = 1;
function parseGoInteger(text) {
  if (!GO_INT.test(text)) return void 0;
  const negative = text.startsWith("-");
  const body = text.replace(/^[+-]/, "");
  const prefix2 = body.slice(0, 2).toLowerCase();
  const literal2 = ["0x", "0o", "0b"].includes(prefix2) ? body : body.length > 1 && body.startsWith("0") ? `0o${body.slice(1)}` : body;
  const value = negative ? -BigInt(literal2) : BigInt(literal2);
  if (value < INT64_MIN || value > UINT64_MAX || negative && value > 0n) return void 0;
  return Number(value);
}
function resolveInteger(text) {
  if (!startsNumber(text)) return UNRESOLVED;
  if (SHORT_DECIMAL.test(text)) return Number(text);
  return parseGoInteger(text.replaceAll("_", "")) ?? UNRESOLVED;
}
function resolveFloat(text) {
  const special = SPECIAL_FLOATS.get(text);
  if (special !== void 0) return special;
  if (text.startsWith(".")) return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(text) ? Number(text) : UNRESOLVED;
  if (!startsNumber(text)) return UNRESOLVED;
  const plain = text.replaceAll("_", "");
  return YAML_STYLE_FLOAT.test(plain) ? Number(plain) : UNRESOLVED;
}
var nullTag = (0, import_js_yaml.defineScalarTag)("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: NULL_FIRST,
  resolve: (text) => NULLS.has(text) ? null : UNRESOLVED,
  identify: (data) => data === null
});
var boolTag = (0, import_js_yaml.defineScalarTag)("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: BOOL_FIRST,
  resolve: (text) => BOOLEANS.get(text) ?? UNRESOLVED,
  identify: (data) => typeof data === "boolean"
});
var intTag = (0, import_js_yaml.defineScalarTag)("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: INT_FIRST,
  resolve: resolveInteger,
  identify: (data) => typeof data === "number" && Number.isInteger(data)
});
var floatTag = (0, import_js_yaml.defineScalarTag)("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: FLOAT_FIRST,
  resolve: resolveFloat,
  identify: (data) => typeof data === "number"
});
var localScalar = (0, import_js_yaml.defineScalarTag)("!", { matchByTagPrefix: true, resolve: (text) => text, identify: () => false });
var localSequence = (0, import_js_yaml.defineSequenceTag)("!", {
  matchByTagPrefix: true,
  create: () => [],
  addItem: (list2, item) => {
    list2.push(item);
  },
  identify: () => false
});
var localMapping = (0, import_js_yaml.defineMappingTag)("!", { ...import_js_yaml.mapTag, matchByTagPrefix: true, identify: () => false });
function resolvePlainScalar(text) {
  const first = text.charCodeAt(0);
  if (first < 128 && MAY_RESOLVE[first] === 0) return text;
  if (NULLS.has(text)) return null;
  const bool = BOOLEANS.get(text);
  if (bool !== void 0) return bool;
  if (!startsNumber(text) && first !== 46) return text;
  const integer = resolveInteger(text);
  if (integer !== UNRESOLVED) return integer;
  const float = resolveFloat(text);
  return float === UNRESOLVED ? text : float;
}
var goMapTag = (0, import_js_yaml.defineMappingTag)("tag:yaml.org,2002:map", { ...import_js_yaml.mapTag, has: () => false });
var KUBECTL_SCHEMA = new import_js_yaml.Schema([
  import_js_yaml.strTag,
  import_js_yaml.seqTag,
  goMapTag,
  nullTag,
  boolTag,
  intTag,
  floatTag,
  import_js_yaml.mergeTag,
  import_js_yaml.binaryTag,
  import_js_yaml.omapTag,
  import_js_yaml.pairsTag,
  import_js_yaml.setTag,
  localScalar,
  localSequence,
  localMapping
]);

// src/config.ts
var CONFIG_FILE_NAMES = [".podgate.yaml", ".podgate.yml"];
var ConfigError = class extends Error {
};
var KEYS = {
  paths: "strings",
  ignore: "strings",
  cluster: "strings",
  namespace: "string",
  "kubernetes-version": "string",
  as: "string",
  "as-groups": "strings",
  "as-pod-service-account": "boolean",
  "service-account-only": "boolean",
  "controller-credentials": "string",
  "require-service-accounts": "boolean",
  "authorization-mode": "string",
  "feature-gates": "gates",
  "max-file-size": "size",
  "max-depth": "size",
  "max-aliases": "size",
  jobs: "size",
  format: "strings",
  "fail-on": "string",
  quiet: "boolean",
  color: "boolean",
  "helm-values": "strings",
  "helm-release": "string",
  "helm-namespace": "string",
  render: "boolean",
  mode: "string",
  "pss-level": "string",
  "pss-version": "string",
  "pss-config": "string",
  migrate: "boolean"
};
var REQUESTER_KEYS = ["as", "as-groups", "as-pod-service-account", "service-account-only"];
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var describe = (value) => value === null ? "null" : Array.isArray(value) ? "a list" : isRecord(value) ? "a mapping" : `${typeof value} ${JSON.stringify(value)}`;
function parseConfig(text, file) {
  let value;
  try {
    value = (0, import_js_yaml2.load)(text, { schema: KUBECTL_SCHEMA, filename: file });
  } catch (error) {
    const { reason, mark } = error;
    const line = typeof mark?.line === "number" ? `:${mark.line + 1}` : "";
    throw new ConfigError(`${file}${line}: not valid YAML: ${reason ?? error.message}`);
  }
  if (value === null || value === void 0) return {};
  if (!isRecord(value)) throw new ConfigError(`${file}: must be a mapping of option names to values, not ${describe(value)}`);
  const settings = {};
  for (const [key2, raw] of Object.entries(value)) {
    const kind = KEYS[key2];
    if (kind === void 0) throw new ConfigError(`${file}: unknown key ${JSON.stringify(key2)} (known: ${Object.keys(KEYS).join(", ")})`);
    if (raw === null) continue;
    settings[key2] = convert(raw, kind, `${file}: ${JSON.stringify(key2)}`);
  }
  return settings;
}
function convert(raw, kind, where2) {
  switch (kind) {
    case "string":
      if (typeof raw !== "string") throw new ConfigError(`${where2} must be a string, not ${describe(raw)}${typeof raw === "number" ? " (quote it: YAML reads 1.20 as the number 1.2)" : ""}`);
      return raw;
    case "boolean":
      if (typeof raw !== "boolean") throw new ConfigError(`${where2} must be true or false, not ${describe(raw)}`);
      return raw;
    case "strings": {
      const list2 = typeof raw === "string" ? [raw] : raw;
      if (!Array.isArray(list2) || !list2.every((item) => typeof item === "string")) throw new ConfigError(`${where2} must be a string or a list of strings, not ${describe(raw)}`);
      return list2;
    }
    case "size":
      if (typeof raw === "number" && Number.isInteger(raw) && raw > 0) return String(raw);
      if (typeof raw === "string") return raw;
      throw new ConfigError(`${where2} must be a positive whole number, not ${describe(raw)}`);
    case "gates": {
      if (isRecord(raw)) {
        return Object.entries(raw).map(([name, enabled]) => {
          if (typeof enabled !== "boolean") throw new ConfigError(`${where2}: gate ${JSON.stringify(name)} must be true or false, not ${describe(enabled)}`);
          return `${name}=${enabled}`;
        });
      }
      return convert(raw, "strings", where2);
    }
  }
}
function mergeSettings(file, cli) {
  const merged = { ...file };
  if (REQUESTER_KEYS.some((key2) => cli[key2] !== void 0)) for (const key2 of REQUESTER_KEYS) delete merged[key2];
  for (const [key2, value] of Object.entries(cli)) {
    if (value !== void 0) merged[key2] = value;
  }
  return merged;
}

// src/load/discover.ts
import { readFileSync, statSync } from "node:fs";
import { stat } from "node:fs/promises";
import path2 from "node:path";

// node_modules/glob/dist/esm/index.min.js
import { fileURLToPath as yn } from "node:url";
import { tracingChannel as Fi, channel as Ti } from "node:diagnostics_channel";
import { posix as qi, win32 as Ne } from "node:path";
import { fileURLToPath as Ki } from "node:url";
import { lstatSync as Xi, readdir as Vi, readdirSync as Yi, readlinkSync as Ji, realpathSync as Zi } from "fs";
import * as Qi from "node:fs";
import { lstat as en, readdir as sn, readlink as nn, realpath as rn } from "node:fs/promises";
import { EventEmitter as Te } from "node:events";
import ys from "node:stream";
import { StringDecoder as zi } from "node:string_decoder";
var re = (r7, t, e) => {
  let s = r7 instanceof RegExp ? We(r7, e) : r7, i = t instanceof RegExp ? We(t, e) : t, n = s !== null && i != null && js(s, i, e);
  return n && { start: n[0], end: n[1], pre: e.slice(0, n[0]), body: e.slice(n[0] + s.length, n[1]), post: e.slice(n[1] + i.length) };
};
var We = (r7, t) => {
  let e = t.match(r7);
  return e ? e[0] : null;
};
var js = (r7, t, e) => {
  let s, i, n, o, h, a = e.indexOf(r7), l = e.indexOf(t, a + 1), c = a;
  if (a >= 0 && l > 0) {
    if (r7 === t) return [a, l];
    for (s = [], n = e.length; c >= 0 && !h; ) {
      if (c === a) s.push(c), a = e.indexOf(r7, c + 1);
      else if (s.length === 1) {
        let f = s.pop();
        f !== void 0 && (h = [f, l]);
      } else i = s.pop(), i !== void 0 && i < n && (n = i, o = l), l = e.indexOf(t, c + 1);
      c = a < l && a >= 0 ? a : l;
    }
    s.length && o !== void 0 && (h = [n, o]);
  }
  return h;
};
var $e = "\0SLASH" + Math.random() + "\0";
var Ie = "\0OPEN" + Math.random() + "\0";
var le = "\0CLOSE" + Math.random() + "\0";
var Be = "\0COMMA" + Math.random() + "\0";
var Ue = "\0PERIOD" + Math.random() + "\0";
var Ws = new RegExp($e, "g");
var $s = new RegExp(Ie, "g");
var Is = new RegExp(le, "g");
var Bs = new RegExp(Be, "g");
var Us = new RegExp(Ue, "g");
var Gs = /\\\\/g;
var Hs = /\\{/g;
var qs = /\\}/g;
var Ks = /\\,/g;
var Xs = /\\\./g;
var Vs = 1e5;
var Ys = 4e6;
var Js = 1e3;
var Zs = 1e3;
function oe(r7) {
  return isNaN(r7) ? r7.charCodeAt(0) : parseInt(r7, 10);
}
function Qs(r7) {
  return r7.replace(Gs, $e).replace(Hs, Ie).replace(qs, le).replace(Ks, Be).replace(Xs, Ue);
}
function ti(r7) {
  return r7.replace(Ws, "\\").replace($s, "{").replace(Is, "}").replace(Bs, ",").replace(Us, ".");
}
function he(r7, t) {
  for (let e = 0; e < t.length; e++) r7.push(t[e]);
}
function ei(r7) {
  let t = [], e = "";
  for (; ; ) {
    let s = re("{", "}", r7);
    if (!s) {
      let a = r7.split(",");
      return a[0] = e + a[0], he(t, a), t;
    }
    let { pre: i, body: n, post: o } = s, h = i.split(",");
    if (h[0] = e + h[0], h[h.length - 1] += "{" + n + "}", !o.length) return he(t, h), t;
    e = h.pop(), he(t, h), r7 = o;
  }
}
function Ge(r7, t = {}) {
  if (!r7) return [];
  let { max: e = Vs, maxLength: s = Ys, maxDepth: i = Js, maxRewrites: n = Zs } = t;
  return r7.slice(0, 2) === "{}" && (r7 = "\\{\\}" + r7.slice(2)), ae(Qs(r7), e, s, i, 0, n, true).map(ti);
}
function si(r7) {
  return "{" + r7 + "}";
}
function ii(r7) {
  return /^-?0\d/.test(r7);
}
function ni(r7, t) {
  return r7 <= t;
}
function ri(r7, t) {
  return r7 >= t;
}
function ct(r7, t, e, s, i, n) {
  let o = [], h = 0;
  for (let a = 0; a < r7.length; a++) for (let l = 0; l < e.length; l++) {
    if (o.length >= s) return o;
    let c = r7[a] + t + e[l];
    if (!(n && !c)) {
      if (h + c.length > i) return o;
      o.push(c), h += c.length;
    }
  }
  return o;
}
function oi(r7, t, e, s) {
  let i = r7.split(/\.\./), n = [];
  if (i[0] === void 0 || i[1] === void 0) return n;
  let o = oe(i[0]), h = oe(i[1]), a = Math.max(i[0].length, i[1].length), l = i.length === 3 && i[2] !== void 0 ? Math.max(Math.abs(oe(i[2])), 1) : 1, c = ni;
  h < o && (l *= -1, c = ri);
  let u = i.some(ii), p = 0;
  for (let g = o; c(g, h) && n.length < e; g += l) {
    let d;
    if (t) d = String.fromCharCode(g), d === "\\" && (d = "");
    else if (d = String(g), u) {
      let w = a - d.length;
      if (w > 0) {
        let m = new Array(w + 1).join("0");
        g < 0 ? d = "-" + m + d.slice(1) : d = m + d;
      }
    }
    if (p + d.length > s) break;
    n.push(d), p += d.length;
  }
  return n;
}
function ae(r7, t, e, s, i, n, o) {
  if (i > s) return [r7];
  let h = [""], a = 0, l = false, c = true;
  for (; ; ) {
    let f = re("{", "}", r7);
    if (!f) return ct(h, r7, [""], t, e, l);
    let u = f.pre;
    if (/\$$/.test(u)) {
      if (h = ct(h, u + "{" + f.body + "}", [""], t, e, l && !f.post.length), c = false, !f.post.length) break;
      r7 = f.post;
      continue;
    }
    let p = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(f.body), g = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(f.body), d = p || g, w = f.body.indexOf(",") >= 0;
    if (!d && !w) {
      if (a < n && f.post.match(/,(?!,).*\}/)) {
        a++, r7 = f.pre + "{" + f.body + le + f.post, o = true;
        continue;
      }
      return ct(h, u + "{" + f.body + "}" + f.post, [""], t, e, l);
    }
    c && (l = o && !d, c = false);
    let m;
    if (d) m = oi(f.body, g, t, e);
    else {
      let b = ei(f.body);
      if (b.length === 1 && b[0] !== void 0 && (b = ae(b[0], t, e, s, i + 1, n, false).map(si), b.length === 1)) {
        if (h = ct(h, u + b[0], [""], t, e, l && !f.post.length), !f.post.length) break;
        r7 = f.post;
        continue;
      }
      let x = l && !f.post.length && !u;
      for (let y = 0; x && y < h.length; y++) h[y] && (x = false);
      m = [];
      let S = 0;
      t: for (let y = 0; y < b.length; y++) {
        let q = ae(b[y], t, e, s, i + 1, n, false);
        for (let W = 0; W < q.length; W++) {
          let B = q[W];
          if (!(x && !B)) {
            if (m.length >= t || S + B.length > e) break t;
            m.push(B), S += B.length;
          }
        }
      }
    }
    if (h = ct(h, u, m, t, e, l && !f.post.length), !f.post.length) break;
    r7 = f.post;
  }
  return h;
}
var fe = (r7, t) => r7 === t ? { t: "lit", ch: String(r7) } : { t: "class", re: new RegExp(`^[${r7}-${t}]$`) };
var ce = (r7, t) => t.map((e) => [fe(r7, r7), ...e]);
var ft = (r7, t) => {
  if (!r7) return [[]];
  let e = +r7[0], s = +t[0], i = r7.slice(1), n = t.slice(1);
  if (e === s) return ce(e, ft(i, n));
  let o = "0".repeat(i.length), h = "9".repeat(i.length), a = [];
  i !== o && a.push(...ce(e++, ft(i, h)));
  let l = n === h ? [] : ce(s--, ft(o, n));
  return e <= s && a.push([fe(e, s), ...Array.from(i, () => fe(0, 9))]), a.push(...l), a;
};
var He = (r7, t, e) => {
  if (e) return ft(String(r7).padStart(e, "0"), String(t).padStart(e, "0"));
  let s = [];
  for (let i = String(r7).length; i <= String(t).length; i++) {
    let n = Math.max(r7, i === 1 ? 0 : 10 ** (i - 1)), o = Math.min(t, 10 ** i - 1);
    s.push(...ft(String(n), String(o)));
  }
  return s;
};
var qe = (r7, t) => {
  let e = Number(r7), s = Number(t);
  if (!Number.isSafeInteger(e) || !Number.isSafeInteger(s)) return;
  e > s && ([e, s] = [s, e]);
  let n = /^-?0\d/.test(r7) || /^-?0\d/.test(t) ? Math.max(r7.length, t.length) : 0, o = [];
  if (e < 0) {
    let h = He(Math.max(-s, 1), -e, n && n - 1);
    o.push(...h.map((a) => [{ t: "lit", ch: "-" }, ...a]));
  }
  return s >= 0 && o.push(...He(Math.max(e, 0), s, n)), o;
};
var hi = { "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"], "[:alpha:]": ["\\p{L}\\p{Nl}"], "[:ascii:]": ["\\x00-\\x7f"], "[:blank:]": ["\\p{Zs}\\t"], "[:cntrl:]": ["\\p{Cc}"], "[:digit:]": ["\\p{Nd}"], "[:graph:]": ["\\p{Z}\\p{C}", true], "[:lower:]": ["\\p{Ll}"], "[:print:]": ["\\p{C}", true], "[:punct:]": ["\\p{P}\\p{S}"], "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"], "[:upper:]": ["\\p{Lu}"], "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"], "[:xdigit:]": ["A-Fa-f0-9"] };
var ut = (r7) => r7.replace(/[[\]\\-]/g, "\\$&");
var ue = /$./;
var Ke = (r7, t, e = false, s) => {
  let i = (m) => {
    let b = s ? m.normalize(s) : m;
    return [...b].length === 1 ? b : m;
  }, n = t;
  if (r7.charAt(n) !== "[") throw new Error("not in a brace expression");
  let o = [], h = [], a = n + 1, l = false, c = false, f = false, u = n, p = "";
  t: for (; a < r7.length; ) {
    let m = String.fromCodePoint(r7.codePointAt(a));
    if ((m === "!" || m === "^") && a === n + 1) {
      f = true, a++;
      continue;
    }
    if (m === "]" && l && !c) {
      u = a + 1;
      break;
    }
    if (l = true, m === "\\" && !c) {
      c = true, a++;
      continue;
    }
    if (m === "[" && !c) {
      for (let [x, [S, y]] of Object.entries(hi)) if (r7.startsWith(x, a)) {
        if (p) return [ue, r7.length - n];
        a += x.length, y ? h.push(S) : o.push(S);
        continue t;
      }
    }
    c = false;
    let b = i(m);
    if (p) {
      b.codePointAt(0) > p.codePointAt(0) ? o.push(ut(p) + "-" + ut(b)) : b === p && o.push(ut(b)), p = "", a += m.length;
      continue;
    }
    if (r7.startsWith("-]", a + m.length)) {
      o.push(ut(b + "-")), a += m.length + 1;
      continue;
    }
    if (r7.startsWith("-", a + m.length)) {
      p = b, a += m.length + 1;
      continue;
    }
    o.push(ut(b)), a += m.length;
  }
  if (u < a) return [ue, 0];
  if (!o.length && !h.length) return [ue, r7.length - n];
  let g = "[" + (f ? "^" : "") + o.join("") + "]", d = "[" + (f ? "" : "^") + h.join("") + "]", w = "^" + (o.length && h.length ? "(" + g + "|" + d + ")" : o.length ? g : d);
  return [new RegExp(w, e ? "iu" : "u"), u - n];
};
var de = { t: "match", id: 0 };
var ai = "!?+*@";
var Z = (r7) => ({ t: "lit", ch: r7 });
var li = (r7) => r7.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var Je = (r7) => new RegExp(`^${li(r7)}$`, "iu");
var Dt = /* @__PURE__ */ new Map();
var Ze = (r7) => {
  let t = Dt.get(r7);
  return t || (t = Je(r7), Dt.size >= 1e3 && Dt.clear(), Dt.set(r7, t)), t;
};
var ge = (r7, t) => {
  if (t === r7.ch) return true;
  if (!r7.re) return false;
  let e = t.charCodeAt(0);
  if (e >= 128) return r7.re.test(t);
  let s = r7.ascii ??= new Uint8Array(128);
  return s[e] ||= r7.re.test(t) ? 1 : 2, s[e] === 1;
};
var ci = (r7, t, e, s, i) => {
  let n = [];
  for (let o = 0; o < r7.length; ) {
    let h = String.fromCodePoint(r7.codePointAt(o));
    if (i) {
      let a = h === "\\" && r7.startsWith(i, o + 1) ? 1 : 0;
      if (a || h === i) {
        let l = o + a + i.length, c = r7.indexOf(i, l), f = /^(-?\d+)\.\.(-?\d+)$/.exec(r7.slice(l, c)), u = c !== -1 && f && qe(f[1], f[2]);
        if (u) {
          n.push({ t: "ext", type: "@", alts: u }), o = c + i.length;
          continue;
        }
      }
    }
    if (h === "\\") {
      let a = r7.codePointAt(o + 1), l = a === void 0 ? h : String.fromCodePoint(a);
      n.push(Z(l)), o += 1 + l.length;
      continue;
    }
    if (h === "[") {
      let [a, l] = Ke(r7, o, t, s);
      if (l) {
        n.push({ t: "class", re: a }), o += l;
        continue;
      }
    }
    if (!e && ai.includes(h) && r7[o + 1] === "(") {
      n.push({ t: "open", type: h }), o += 2;
      continue;
    }
    n.push(!e && h === "|" ? { t: "bar" } : !e && h === ")" ? { t: "close" } : h === "*" ? { t: "star" } : h === "?" ? { t: "any" } : Z(h)), o += h.length;
  }
  return n;
};
var fi = (r7) => {
  let t = /* @__PURE__ */ new Map(), e = [];
  return r7.forEach((s, i) => {
    s.t === "open" ? e.push(i) : s.t === "close" && e.length && t.set(e.pop(), i);
  }), t;
};
var Qe = (r7, t, e, s, i) => {
  let n = [], o = [n];
  for (let h = e; h < s; h++) {
    let a = r7[h], l = t.get(h);
    if (a.t === "open" && l !== void 0) {
      let c = Qe(r7, t, h + 1, l, false);
      n.push({ t: "ext", type: a.type, alts: c }), h = l;
    } else a.t === "bar" && !i ? o.push(n = []) : a.t === "open" ? n.push(Z(a.type), Z("(")) : a.t === "bar" ? n.push(Z("|")) : a.t === "close" ? n.push(Z(")")) : n.push(a);
  }
  return o;
};
var ts = (r7, t) => {
  let e = [], s = "", i = () => {
    for (let n of s.normalize(t)) e.push(Z(n));
    s = "";
  };
  for (let n of r7) {
    if (n.t === "lit") {
      s += n.ch;
      continue;
    }
    i(), e.push(n.t === "ext" ? { ...n, alts: n.alts.map((o) => ts(o, t)) } : n);
  }
  return i(), e;
};
var ui = (r7, t) => {
  let e = 1, s = (h) => ({ t: "split", id: e++, out: h }), i = (h, a) => h.reduceRight((l, c) => n(c, l), a), n = (h, a) => {
    switch (h.t) {
      case "lit":
        let u = t ? Ze(h.ch) : void 0;
        return { t: "lit", id: e++, ch: h.ch, re: u, next: a };
      case "any":
      case "star":
        return { t: h.t, id: e++, next: a };
      case "class":
        return { t: "class", id: e++, re: h.re, next: a };
    }
    let l = (u) => h.alts.map((p) => i(p, u));
    switch (h.type) {
      case "@":
        return s(l(a));
      case "?":
        return s([a, ...l(a)]);
      case "!":
        return { t: "neg", id: e++, sub: s(l(de)), next: a };
    }
    let c = s([]), f = s(l(c));
    return c.out.push(a, f), h.type === "*" ? c : f;
  };
  return [i(r7, de), e];
};
var di = (r7) => {
  let t = [], e = /* @__PURE__ */ new Set(), s = (n) => n.t === "match" ? "match" : String(n.id), i = (n, o) => {
    if (n.t === "match" || e.has(n)) return;
    e.add(n);
    let h = (a) => t.push(`${o}${n.id}: ${a}`);
    switch (n.t) {
      case "split":
        h(`split -> ${n.out.map(s).join(", ")}`);
        for (let a of n.out) i(a, o);
        return;
      case "neg":
        return h(`!(${s(n.sub)}) -> ${s(n.next)}`), i(n.sub, o + "  "), i(n.next, o);
      case "lit":
        h(`${JSON.stringify(n.ch)} -> ${s(n.next)}`);
        break;
      case "class":
        h(`${n.re} -> ${s(n.next)}`);
        break;
      default:
        h(`${n.t === "any" ? "?" : "*"} -> ${s(n.next)}`);
    }
    i(n.next, o);
  };
  return i(r7, ""), [`start -> ${s(r7)}`, ...t].join(`
`);
};
var pe = class {
  gen;
  threads = [];
  match = false;
  runs = [];
  ids = [];
  constructor(t) {
    this.gen = t;
  }
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var es = (r7, t) => r7.ids.length !== t.ids.length || r7.runs.length !== t.runs.length || r7.ids.some((e, s) => e !== t.ids[s]) ? false : r7.runs.every((e) => t.runs.some((s) => s.neg === e.neg && es(s.state, e.state)));
var Xe = (r7) => ({ has: new Float64Array(r7), seen: new Float64Array(r7), gen: 0 });
var dt = class {
  dots;
  dotStart;
  #t;
  constructor(t, e, s) {
    this.dots = t, this.dotStart = e, this.#t = s;
  }
  state() {
    return new pe(++this.#t.gen);
  }
  done(t) {
    return t.ids = t.threads.map((e) => e.id).sort((e, s) => e - s), t.match && t.ids.unshift(de.id), t;
  }
  #n(t, e) {
    let { seen: s } = this.#t;
    return s[e.id] === t.gen ? false : (s[e.id] = t.gen, true);
  }
  #i(t, e) {
    let { has: s } = this.#t;
    return s[e.id] === t.gen ? false : (s[e.id] = t.gen, t.threads.push(e), true);
  }
  restricted(t, e) {
    return e && (this.dots || this.dotStart && t === 0);
  }
  add(t, e, s, i) {
    switch (e.t) {
      case "split":
        if (!this.#n(t, e)) return;
        for (let o of e.out) this.add(t, o, s, i);
        return;
      case "neg":
        if (!this.#n(t, e)) return;
        let n = this.state();
        return this.add(n, e.sub, s, false), this.done(n), this.addRun(t, { t: "run", neg: e, state: n }, s, i);
      case "star":
        if (this.restricted(s, i)) return;
        this.#i(t, e) && this.add(t, e.next, s, i);
        return;
      case "match":
        t.match = true;
        return;
      default:
        this.#i(t, e);
    }
  }
  addRun(t, e, s, i) {
    for (let n of t.runs) if (n.neg === e.neg && es(n.state, e.state)) return;
    t.runs.push(e), e.state.match || this.add(t, e.neg.next, s, i);
  }
  step(t, e, s, i) {
    let n = this.state();
    for (let o of t.threads) switch (o.t) {
      case "lit":
        ge(o, e) && this.add(n, o.next, s + 1, i);
        break;
      case "any":
        this.restricted(s, i) || this.add(n, o.next, s + 1, i);
        break;
      case "class":
        !this.restricted(s, i) && o.re.test(e) && this.add(n, o.next, s + 1, i);
        break;
      case "star":
        this.restricted(s, i) || this.add(n, o, s + 1, i);
    }
    if (!this.restricted(s, i)) for (let o of t.runs) {
      if (o.state.dead) {
        this.addRun(n, o, s + 1, i);
        continue;
      }
      let h = this.step(o.state, e, s, false);
      this.addRun(n, { t: "run", neg: o.neg, state: h }, s + 1, i);
    }
    return this.done(n);
  }
};
var ss = (r7) => {
  let t = r7.ids.join();
  if (!r7.runs.length) return t;
  let e = r7.runs.map((s) => `${s.neg.id}(${ss(s.state)})`);
  return `${t}|${e.sort().join("|")}`;
};
var pi = 1 << 18;
var me = class {
  #t;
  #n = /* @__PURE__ */ new Map();
  #i = 0;
  #o;
  #r;
  #d;
  #u;
  constructor(t, e) {
    this.#t = t, this.#d = new dt(false, false, e), this.#u = new dt(false, true, e);
  }
  #f(t) {
    return { state: t, match: t.match, dead: t.dead, next: /* @__PURE__ */ new Map() };
  }
  #h(t) {
    let e = ss(t), s = this.#n.get(e);
    if (s) return s;
    this.#i > pi && this.#m();
    let i = this.#f(t);
    return this.#n.set(e, i), this.#i += e.length + 1, i;
  }
  #m() {
    this.#n.clear(), this.#i = 0, this.#o = void 0, this.#r = void 0;
  }
  start(t) {
    if (t) {
      if (this.#r) return this.#r;
      let s = this.#u.state();
      return this.#u.add(s, this.#t, 0, true), this.#r = this.#f(this.#u.done(s));
    }
    if (this.#o) return this.#o;
    let e = this.#d.state();
    return this.#d.add(e, this.#t, 0, true), this.#o = this.#h(this.#d.done(e));
  }
  next(t, e) {
    let s = e.charCodeAt(0), i = s < 128 ? void 0 : t.next.get(e);
    if (i) return i;
    let n = t === this.#r ? this.#h(this.#u.step(t.state, e, 0, true)) : this.#h(this.#d.step(t.state, e, 1, true));
    return s < 128 ? (t.ascii || (t.ascii = new Array(128), this.#i += 128), t.ascii[s] = n) : t.next.set(e, n), this.#i++, n;
  }
};
var mi = (r7) => {
  let t = [];
  for (let e = r7; e.t !== "match"; e = e.next) {
    if (e.t === "split" || e.t === "neg") return;
    t.push(e);
  }
  return t;
};
var gi = (r7, t, e, s) => {
  let i = 0, n = e, o = -1, h = 0;
  for (; n < s; ) {
    let a = r7[i];
    if (a?.t === "star") {
      o = i++, h = n;
      continue;
    }
    let l = t[n];
    if (a && (a.t === "any" || a.t === "lit" && ge(a, l) || a.t === "class" && a.re.test(l))) {
      i++, n++;
      continue;
    }
    if (o === -1) return false;
    i = o + 1, n = ++h;
  }
  for (; r7[i]?.t === "star"; ) i++;
  return i === r7.length;
};
var is = (r7) => {
  let t = 0, e = 0;
  for (let s of r7) {
    let [i, n] = wi(s);
    t += i, e += n;
  }
  return [t, e];
};
var wi = (r7) => {
  if (r7.t === "star") return [0, 1 / 0];
  if (r7.t !== "ext") return [1, 1];
  if (r7.type === "!") return [0, 1 / 0];
  let t = r7.alts.map(is), e = Math.min(...t.map((n) => n[0])), s = Math.max(...t.map((n) => n[1])), i = s === 0 ? 0 : 1 / 0;
  return r7.type === "@" ? [e, s] : r7.type === "?" ? [0, s] : r7.type === "*" ? [0, i] : [e, i];
};
var Ve = (r7, t, e) => {
  for (let s = 0; s < r7.length; s++) if (!ge(r7[s], t[e + s])) return false;
  return true;
};
var bi = /[/\ud800-\udfff]/;
var yi = /[\ud800-\udfff]/;
var Nt = (r7) => yi.test(r7) ? [...r7] : r7;
var Ye = (r7) => {
  if (r7.includes("/")) throw new Error("can only match a single path portion, got: " + r7);
};
var pt = class {
  pattern;
  options;
  #t;
  #n;
  #i;
  #o;
  #r;
  #d = false;
  #u;
  #f;
  #h = false;
  #m = 0;
  #l = 1 / 0;
  #a = [];
  #s = [];
  #b;
  #E;
  #y = false;
  #g;
  #w;
  constructor(t, e = {}) {
    if (t.includes("/")) throw new Error("can only match a single path portion, got pattern: " + t);
    this.pattern = t, this.options = e;
    let { nocase: s = false, noext: i = false, normalize: n } = e;
    this.#w = n === true ? "NFC" : n || void 0;
    let o = /^[?*+@]\(\)$/.test(t), h = ci(t, s, i || o, this.#w, e.rangeMark), [a] = Qe(h, fi(h), 0, h.length, true);
    this.#w && (a = ts(a, this.#w));
    let [l, c] = ui(a, s);
    if (this.#t = l, this.#n = c, a.every((f) => f.t === "lit")) this.#r = a.map((f) => f.ch).join(""), this.#d = s;
    else {
      let f = (g) => g.t !== "lit" ? void 0 : s ? { ch: g.ch, re: Ze(g.ch) } : { ch: g.ch };
      for (let g of a) {
        let d = f(g);
        if (!d) break;
        this.#a.push(d);
      }
      for (let g = a.length - 1; g >= 0; g--) {
        let d = f(a[g]);
        if (!d) break;
        this.#s.unshift(d);
      }
      this.#y = !!(this.#a.length || this.#s.length), s || (this.#b = this.#a.map((g) => g.ch).join(""), this.#E = this.#s.map((g) => g.ch).join("")), this.#f = mi(this.#t)?.slice(this.#a.length, -this.#s.length || void 0), this.#h = !!this.#f?.every((g) => g.t === "star" || g.t === "any");
      let [u, p] = is(a);
      this.#m = u, this.#l = p;
    }
  }
  test(t) {
    return this.#w ? (Ye(t), this.#p(t.normalize(this.#w))) : bi.test(t) ? (Ye(t), this.#p(t, [...t])) : this.#p(t, t);
  }
  testUnchecked(t) {
    return this.#p(this.#w ? t.normalize(this.#w) : t);
  }
  #p(t, e) {
    if (this.#r !== void 0) return this.#d ? (this.#u ??= Je(this.#r)).test(t) : t === this.#r;
    let s = this.#m, i = this.#l;
    if (e === void 0) {
      let c = t.length, f = c + 1 >> 1;
      if (c < s || f > i) return false;
      (f < s || c > i) && (e = Nt(t));
    }
    if (e !== void 0 && (e.length < s || e.length > i)) return false;
    let n = this.#a.length;
    if (this.#y) if (this.#b !== void 0 && this.#E !== void 0) {
      if (!t.startsWith(this.#b) || !t.endsWith(this.#E)) return false;
    } else {
      e ??= Nt(t);
      let c = e.length - this.#s.length;
      if (!Ve(this.#a, e, 0) || !Ve(this.#s, e, c)) return false;
    }
    let o = !this.options.dot && t.startsWith(".");
    if (this.#f) {
      if (t === "." || t === ".." || o && !n) return false;
      if (this.#h) return true;
      e ??= Nt(t);
      let c = e.length - this.#s.length;
      return gi(this.#f, e, n, c);
    }
    if (e ??= Nt(t), t === "." || t === "..") {
      this.#i ??= Xe(this.#n);
      let c = this.#o ??= new dt(true, false, this.#i), f = c.state();
      c.add(f, this.#t, 0, true);
      let u = c.done(f);
      for (let p = 0; p < e.length; p++) u = c.step(u, e[p], p, true);
      return u.match;
    }
    this.#i ??= Xe(this.#n);
    let h = this.#g ??= new me(this.#t, this.#i), a = h.start(o), l = e === t;
    for (let c = 0; c < e.length; c++) {
      if (a.dead) return false;
      let f = l ? t.charCodeAt(c) : e[c].charCodeAt(0);
      a = a.ascii?.[f] ?? h.next(a, e[c]);
    }
    return a.match;
  }
  toString() {
    return di(this.#t);
  }
};
var mt = (r7) => {
  if (typeof r7 != "string") throw new TypeError("invalid pattern");
  if (r7.length > 65536) throw new TypeError("pattern is too long");
};
var K = (r7, { windowsPathsNoEscape: t = false, magicalBraces: e = false } = {}) => e ? t ? r7.replace(/[?*()[\]{}]/g, "[$&]") : r7.replace(/[?*()[\]\\{}]/g, "\\$&") : t ? r7.replace(/[?*()[\]]/g, "[$&]") : r7.replace(/[?*()[\]\\]/g, "\\$&");
var st = (r7, { windowsPathsNoEscape: t = false, magicalBraces: e = true } = {}) => e ? t ? r7.replace(/\[([^/\\])\]/g, "$1") : r7.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1") : t ? r7.replace(/\[([^/\\{}])\]/g, "$1") : r7.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
var T = (r7, t, e = {}) => (mt(t), !e.nocomment && t.charAt(0) === "#" ? false : xi(t, e).match(r7));
var it = /* @__PURE__ */ new Map();
var Si = 256;
var xi = (r7, t) => {
  let e = r7 + "\0" + JSON.stringify(t), s = it.get(e);
  return s ? it.delete(e) : (s = new D(r7, { ...t }), it.size >= Si && it.delete(it.keys().next().value)), it.set(e, s), s;
};
var ls = typeof process == "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var ns = { win32: { sep: "\\" }, posix: { sep: "/" } };
var vi = ls === "win32" ? ns.win32.sep : ns.posix.sep;
T.sep = vi;
var v = /* @__PURE__ */ Symbol("globstar **");
T.GLOBSTAR = v;
var Ei = (r7, t = {}) => (e) => T(e, r7, t);
T.filter = Ei;
var U = (r7, t = {}) => Object.assign({}, r7, t);
var ki = (r7) => {
  if (!r7 || typeof r7 != "object" || !Object.keys(r7).length) return T;
  let t = T;
  return Object.assign((s, i, n = {}) => t(s, i, U(r7, n)), { Minimatch: class extends t.Minimatch {
    constructor(i, n = {}) {
      super(i, U(r7, n));
    }
    static defaults(i) {
      return t.defaults(U(r7, i)).Minimatch;
    }
  }, unescape: (s, i = {}) => t.unescape(s, U(r7, i)), escape: (s, i = {}) => t.escape(s, U(r7, i)), filter: (s, i = {}) => t.filter(s, U(r7, i)), defaults: (s) => t.defaults(U(r7, s)), braceExpand: (s, i = {}) => t.braceExpand(s, U(r7, i)), match: (s, i, n = {}) => t.match(s, i, U(r7, n)), sep: t.sep, GLOBSTAR: v });
};
T.defaults = ki;
var xe = (r7, t = {}) => (mt(r7), t.nobrace || !/\{(?:(?!\{).)*\}/.test(r7) ? [r7] : Ge(r7, { max: t.braceExpandMax }));
T.braceExpand = xe;
var Ci = 100;
var Ai = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var Mi = (r7, t, e = {}) => {
  let s = new D(t, e);
  return r7 = r7.filter((i) => s.match(i)), s.options.nonull && !r7.length && r7.push(t), r7;
};
T.match = Mi;
var rs = /[?*]|[+@!]\(.*?\)|\[|\]/;
var cs = (r7, t) => {
  let e = t + 1;
  (r7.charAt(e) === "!" || r7.charAt(e) === "^") && e++;
  let s = false;
  for (; e < r7.length; e++) {
    let i = r7.charAt(e);
    if (i === "]" && s) return e;
    s = true, i === "\\" && e++;
  }
  return -1;
};
var Ri = (r7, t) => {
  if (!t && (r7 === "+()" || r7 === "@()")) return r7;
  let e = "";
  for (let s = 0; s < r7.length; s++) {
    let i = r7.charAt(s);
    if (i === "\\") e += r7.charAt(++s) || i;
    else {
      if (i === "*" || i === "?") return;
      if (i === "[") {
        let n = cs(r7, s);
        if (n === -1) {
          e += i;
          continue;
        }
        let o = r7.slice(s + 1, n);
        if (o.startsWith("\\") && (o = o.slice(1)), [...o].length !== 1 || "!^".includes(r7.charAt(s + 1))) return;
        e += o, s = n;
      } else {
        if (!t && "+@!".includes(i) && r7.charAt(s + 1) === "(" && r7.includes(")", s + 2)) return;
        e += i;
      }
    }
  }
  return e;
};
var Oi = (r7) => {
  if (/^[?*+@]\(\)$/.test(r7) || r7.includes("[:")) return false;
  let t = 0;
  for (let e = 0; e < r7.length; e++) {
    let s = r7.charAt(e);
    if (s === "\\") {
      if (++e === r7.length) return false;
    } else if (s === "[") {
      let i = cs(r7, e);
      i !== -1 && (e = i);
    } else if ("+@!?*".includes(s) && r7.charAt(e + 1) === "(") t++, e++;
    else if (s === ")") {
      if (!t--) return false;
    } else if (s === "|" && !t) return false;
  }
  return !t;
};
var we;
var os;
var X = (r7, t) => typeof r7 == "string" ? t === r7 : t !== "" && r7.testUnchecked(t);
var hs = (r7, t, e, s, i) => X(r7, t) ? e : s !== void 0 && X(r7, s) ? i : -1;
var ve = (r7) => r7 === "." || r7 === "..";
var be = (r7) => typeof r7 == "string" && /^[a-z]:$/i.test(r7);
var zt = (r7) => typeof r7 == "string" && /^unc$/i.test(r7);
var ye = (r7) => {
  if (r7[0] !== "" || r7[1] !== "") return -1;
  let t = r7[2] !== "?" ? 2 : zt(r7[3]) ? 4 : -1, e = r7[t], s = r7[t + 1];
  return t !== -1 && e !== void 0 && e !== "" && e !== v && s !== void 0 && s !== "" && s !== v ? t : -1;
};
var Pt = (r7, t) => !ve(r7) && (t || !r7.startsWith("."));
var gt = (r7, t, e, s, i) => {
  for (let n = t; n < e; ) {
    if (r7.charCodeAt(n) === 46) {
      if (!s) return true;
      let h = r7.charCodeAt(n + 1) === 46 ? n + 2 : n + 1;
      if (h >= e || Lt(r7.charCodeAt(h), i)) return true;
    }
    let o = Ee(r7, n, i);
    if (o === -1) return false;
    for (n = o + 1; n < e && Lt(r7.charCodeAt(n), i); ) n++;
  }
  return false;
};
var Lt = (r7, t) => t === "/" ? r7 === 47 : t === "\\" ? r7 === 92 : r7 === 47 || r7 === 92;
var Ee = (r7, t, e) => {
  if (e !== "both") return r7.indexOf(e, t);
  let s = r7.indexOf("/", t), i = r7.indexOf("\\", t);
  return s === -1 ? i : i === -1 ? s : Math.min(s, i);
};
var as = (r7, t, e) => e !== "both" ? r7.lastIndexOf(e, t) : Math.max(r7.lastIndexOf("/", t), r7.lastIndexOf("\\", t));
var Se = {};
var D = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  #t;
  #n;
  #i;
  #o;
  #r = [];
  #d = [];
  #u = [];
  #f = /* @__PURE__ */ new Map();
  #h = false;
  #m;
  #l = /* @__PURE__ */ new WeakMap();
  constructor(t, e = {}) {
    mt(t), e = e || {}, this.options = e, this.maxGlobstarRecursion = e.maxGlobstarRecursion ?? 200, this.pattern = t, this.platform = e.platform || ls, this.isWindows = this.platform === "win32";
    let s = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!e.windowsPathsNoEscape || e[s] === false, this.windowsPathsNoEscape && (this.pattern = this.pattern.replace(/\\/g, "/")), this.preserveMultipleSlashes = !!e.preserveMultipleSlashes, this.negate = false, this.nonegate = !!e.nonegate, this.comment = false, this.empty = false, this.partial = !!e.partial, this.nocase = !!this.options.nocase, this.windowsNoMagicRoot = e.windowsNoMagicRoot !== void 0 ? e.windowsNoMagicRoot : !!(this.isWindows && this.nocase), this.globSet = [], this.globParts = [], this.set = [], this.#t = !this.preserveMultipleSlashes, this.#i = (e.optimizationLevel ?? 1) >= 2;
    let i = e.normalize;
    this.#o = i === true ? "NFC" : i || void 0, this.make();
    let n = this.set.map((o) => this.#s(o));
    this.#u = this.set.map((o, h) => this.#t && o.length - 1 > n[h]), this.#r = this.set.map((o, h) => {
      let a = this.#u[h] ? o.length - 1 : o.length, l = o.slice(n[h] + 1, a).filter((c) => typeof c == "string" && !!c);
      return [...new Set(l)];
    }), this.#n = this.#r.some((o) => o.length), this.#d = this.set.map((o, h) => {
      let [a, l, c] = o;
      if (this.#u[h] && o.length === 2 && a === v && l !== v) return "tail";
      if (this.#u[h] && e.matchBase && o.length === 1 && a !== v && a !== "") return "base";
      if (!(!this.#t || n[h] !== -1)) {
        if (o.length === 3 && a === v && c === v && l !== v && l !== "" && this.maxGlobstarRecursion > 0) return "mid";
        if (o.length === 2 && l === v && a !== v && a !== "") return "head";
      }
    });
  }
  #a(t) {
    return this.#o ? t.normalize(this.#o) : t;
  }
  #s(t) {
    if (!this.isWindows) return -1;
    if (be(t[0])) return 0;
    if (t[0] === "" && t[1] === "" && t[2] === "?" && be(t[3])) return 3;
    let s = ye(t);
    return s === -1 ? -1 : s + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) return true;
    for (let t of this.set) for (let e of t) if (typeof e != "string") return true;
    return false;
  }
  make() {
    let t = this.pattern, e = this.options;
    if (!e.nocomment && t.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!t) {
      this.empty = true;
      return;
    }
    this.parseNegate(), this.globSet = [...new Set(this.#M())];
    let s = this.globSet.map((n) => this.#e(n));
    this.globParts = this.preprocess(s), this.#h = true;
    let i = this.globParts.map((n, o, h) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        let a = n[2] === "?" && zt(n[3]) ? 6 : 4, l = n[0] === "" && n[1] === "" && (n[2] === "?" || !rs.test(n[2])) && n.slice(3, a).every((f) => !rs.test(f)), c = /^[a-z]:/i.test(n[0]);
        if (l) return [...n.slice(0, a).map((f) => this.#a(f)), ...n.slice(a).map((f) => this.parse(f))];
        if (c) return [this.#a(n[0]), ...n.slice(1).map((f) => this.parse(f))];
      }
      return n.map((a) => this.parse(a));
    });
    if (this.set = i.filter((n) => n.indexOf(false) === -1), this.isWindows) for (let n = 0; n < this.set.length; n++) {
      let o = this.set[n];
      o[0] === "" && o[1] === "" && this.globParts[n][2] === "?" && (be(o[3]) || zt(this.globParts[n][3])) && (zt(this.globParts[n][3]) && (o[3] = "UNC"), o[2] = "?");
    }
    e.noext || this.mergeRows(), this.#h = false, this.set.forEach((n, o) => {
      for (let h = 0; h < n.length; h++) n[h] === Se && (n[h] = this.parse(this.globParts[o][h]));
    });
  }
  mergeRows() {
    let t = true;
    for (; t; ) {
      t = false;
      let e = Math.max(0, ...this.set.map((s) => s.length));
      for (let s = 0; s < e; s++) {
        let i = /* @__PURE__ */ new Map();
        this.set.forEach((o, h) => {
          if (!(o[s] instanceof pt || o[s] === Se) || !Oi(this.globParts[h][s])) return;
          let a = [...this.globParts[h]];
          a[s] = "";
          let l = `${o.length}/${a.join("/")}`, c = i.get(l);
          c ? c.push(h) : i.set(l, [h]);
        });
        let n = /* @__PURE__ */ new Set();
        for (let o of i.values()) {
          if (o.length < 2) continue;
          let [h, ...a] = o, c = `@(${o.map((f) => this.globParts[f][s]).join("|")})`;
          this.globParts[h][s] = c, this.set[h][s] = this.parse(c);
          for (let f of a) n.add(f);
        }
        n.size && (t = true, this.set = this.set.filter((o, h) => !n.has(h)), this.globParts = this.globParts.filter((o, h) => !n.has(h)));
      }
    }
  }
  preprocess(t) {
    if (this.options.noglobstar) for (let s of t) for (let i = 0; i < s.length; i++) s[i] === "**" && (s[i] = "*");
    let { optimizationLevel: e = 1 } = this.options;
    return e >= 2 ? (t = this.firstPhasePreProcess(t), t = this.secondPhasePreProcess(t)) : e >= 1 ? t = this.levelOneOptimize(t) : t = this.adjascentGlobstarOptimize(t), t;
  }
  adjascentGlobstarOptimize(t) {
    return t.map((e) => {
      let s = -1;
      for (; (s = e.indexOf("**", s + 1)) !== -1; ) {
        let i = s;
        for (; e[i + 1] === "**"; ) i++;
        i !== s && e.splice(s, i - s);
      }
      return e;
    });
  }
  levelOneOptimize(t) {
    return t.map((e) => {
      let s = this.#s(e) + 1;
      return e = e.reduce((i, n) => {
        let o = i[i.length - 1];
        return n === "**" && o === "**" ? i : n === ".." && i.length > s && o && o !== ".." && o !== "." && o !== "**" ? (i.pop(), i) : (i.push(n), i);
      }, []), e.length === 0 ? [""] : e;
    });
  }
  #b(t) {
    let e = !this.isWindows || !t.includes("\\") ? "/" : t.includes("/") ? "both" : "\\", s = this.#t ? 0 : -1, i = "", n = 0, o, h = 0, a = !!this.options.dot;
    t: for (let l = 0; l < this.set.length; l++) {
      let c = this.set[l], f = c[c.length - 1], u = s !== -1 && this.#u[l] && f !== v;
      if (u && s === 0) {
        let d = as(t, t.length, e);
        if (n = d + 1, i = t.slice(n), i === "" && d >= 0) {
          let m = d;
          for (; m > 0 && Lt(t.charCodeAt(m - 1), e); ) m--;
          h = m === 0 ? 0 : as(t, m - 1, e) + 1, o = t.slice(h, m);
        }
        let w = this.#i && (ve(i) || i === "" && o !== void 0 && ve(o));
        s = w ? -1 : 1, u = !w;
      }
      let p = -1;
      if (u && typeof f == "string" && (p = hs(f, i, n, o, h), p === -1)) continue;
      if (this.#n) {
        for (let d of this.#r[l]) if (!t.includes(d)) continue t;
      }
      if (u && typeof f == "object" && (p = hs(f, i, n, o, h), p === -1)) continue;
      let g = this.#d[l];
      if (g === "base" && u) return "yes";
      if (g === "tail" && u) {
        if (this.#i && gt(t, 0, p, true, e)) return "maybe";
        if (!gt(t, 0, p, a, e)) return "yes";
        continue;
      }
      if (g === "mid" || g === "head") {
        let d = this.#y(t, c, g === "head", a, e);
        if (d !== "no") return d;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  #E(t, e, s) {
    let i = !!this.options.dot, n = t.length;
    if (s === "head") {
      if (n < 2 || !X(e[0], t[0])) return false;
      for (let h = 1; h < n; h++) if (!Pt(t[h], i)) return false;
      return true;
    }
    let o = e[1];
    if (s === "tail") {
      let h = n - 1;
      if (!X(o, t[h]) && (t[h] !== "" || n === 1 || !X(o, t[--h]))) return false;
      for (let a = 0; a < h; a++) if (!Pt(t[a], i)) return false;
      return true;
    }
    for (let h = 0; h < n; h++) {
      if (X(o, t[h]) && h + 1 < n) {
        let a = h + 1;
        for (; a < n && Pt(t[a], i); ) a++;
        if (a === n) return true;
      }
      if (!Pt(t[h], i)) return false;
    }
    return false;
  }
  #y(t, e, s, i, n) {
    if (this.#i && gt(t, 0, t.length, true, n)) return "maybe";
    let o = e[s ? 0 : 1], h = 0;
    for (let a = Ee(t, h, n); a !== -1; a = Ee(t, h, n)) {
      let l = a + 1;
      for (; l < t.length && Lt(t.charCodeAt(l), n); ) l++;
      if ((typeof o == "string" ? a - h === o.length && t.startsWith(o, h) : a > h && o.testUnchecked(t.slice(h, a))) && !gt(t, l, t.length, i, n)) return "yes";
      if (s || gt(t, h, l, i, n)) return "no";
      h = l;
    }
    return "no";
  }
  #g(t) {
    let e = we;
    return e?.f === t && e.isWindows === this.isWindows && e.preserveMultipleSlashes === this.preserveMultipleSlashes && e.normalize === this.#o ? e : void 0;
  }
  #w(t) {
    let { isWindows: e, preserveMultipleSlashes: s } = this, i = this.#e(e ? t.split("\\").join("/") : t), n = this.#o;
    return n && (i = i.map((o) => o.normalize(n))), we = { f: t, isWindows: e, preserveMultipleSlashes: s, normalize: n, parts: i }, we;
  }
  #p(t) {
    let e = [...t], s = false;
    do {
      if (s = false, !this.preserveMultipleSlashes) {
        for (let o = 1; o < e.length - 1; o++) {
          let h = e[o];
          o === 1 && h === "" && e[0] === "" || (h === "." || h === "") && (s = true, e.splice(o, 1), o--);
        }
        e[0] === "." && e.length === 2 && (e[1] === "." || e[1] === "") && (s = true, e.pop());
      }
      let i = this.#s(e) + 1, n = i;
      for (; (n = e.indexOf("..", n + 1)) !== -1; ) {
        let o = e[n - 1];
        o && o !== "." && o !== ".." && o !== "**" && (s = true, e.splice(n - 1, 2), n = Math.max(n - 2, i));
      }
    } while (s);
    return e.length === 0 ? [""] : e;
  }
  firstPhasePreProcess(t) {
    let { braceExpandMax: e = 1e5 } = this.options, s = 0, i = 1e6, n = false;
    do {
      n = false;
      for (let o of t) {
        let h = -1;
        for (; (h = o.indexOf("**", h + 1)) !== -1; ) {
          let c = h;
          for (; o[c + 1] === "**"; ) c++;
          c > h && o.splice(h + 1, c - h);
          let f = o[h + 1], u = o[h + 2], p = o[h + 3];
          if (f !== ".." || !u || u === "." || u === ".." || !p || p === "." || p === "..") continue;
          let g = o.length - 1;
          if (t.length >= e || s + g > i) throw new RangeError("optimizationLevel 2: too many patterns from '**/..'");
          n = true, o.splice(h, 1);
          let d = o.slice(0);
          d[h] = "**", s += g, t.push(d), h--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let c = 1; c < o.length - 1; c++) {
            let f = o[c];
            c === 1 && f === "" && o[0] === "" || (f === "." || f === "") && (n = true, o.splice(c, 1), c--);
          }
          o[0] === "." && o.length === 2 && (o[1] === "." || o[1] === "") && (n = true, o.pop());
        }
        let a = this.#s(o) + 1, l = a;
        for (; (l = o.indexOf("..", l + 1)) !== -1; ) {
          let c = o[l - 1];
          if (c && c !== "." && c !== ".." && c !== "**") {
            n = true;
            let u = l === 1 && o[l + 1] === "**" ? ["."] : [];
            o.splice(l - 1, 2, ...u), o.length === 0 && o.push(""), l = Math.max(l - 2, a);
          }
        }
      }
    } while (n);
    return t;
  }
  secondPhasePreProcess(t) {
    let e = /* @__PURE__ */ new Set(), s = t.filter((o) => {
      let h = o.join("/");
      return e.has(h) ? false : (e.add(h), true);
    }), i = /* @__PURE__ */ new Map();
    for (let o of s) {
      let h = [];
      for (let a = 0; a < o.length; a++) o[a] === "*" && h.push(a);
      h.length && i.set(h.join(","), h);
    }
    if (!i.size || s.length * i.size > 1e5) return s;
    let { dot: n } = this.options;
    return s.filter((o) => {
      for (let h of i.values()) {
        if (h[h.length - 1] >= o.length) continue;
        let a = [...o], l = true, c = false;
        for (let f of h) {
          let u = o[f];
          if (u !== "*") {
            if (!u || u === "**" || !n && u.startsWith(".")) {
              l = false;
              break;
            }
            a[f] = "*", c = true;
          }
        }
        if (l && c && e.has(a.join("/"))) return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate) return;
    let t = this.pattern, e = false, s = 0;
    for (let i = 0; i < t.length && t.charAt(i) === "!"; i++) e = !e, s++;
    s && (this.pattern = t.slice(s)), this.negate = e;
  }
  #k(t, e, s, i) {
    let n = 0, o = 0, h = this.isWindows ? ye(e) : -1, a = h === -1 ? -1 : ye(s);
    if (a !== -1) {
      let l = s[a], c = s[a + 1];
      typeof l != "string" || typeof c != "string" ? (n = h, o = a) : e[h].toLowerCase() === l.toLowerCase() && e[h + 1].toLowerCase() === c.toLowerCase() && (n = h + 2, o = a + 2);
    } else if (this.isWindows) {
      let l = typeof t[0] == "string" && /^[a-z]:$/i.test(t[0]), c = !l && t[0] === "" && t[1] === "" && t[2] === "?" && /^[a-z]:$/i.test(t[3]), f = typeof s[0] == "string" && /^[a-z]:$/i.test(s[0]), u = !f && s[0] === "" && s[1] === "" && s[2] === "?" && typeof s[3] == "string" && /^[a-z]:$/i.test(s[3]), p = c ? 3 : l ? 0 : void 0, g = u ? 3 : f ? 0 : void 0;
      if (typeof p == "number" && typeof g == "number") {
        let [d, w] = [t[p], s[g]];
        d.toLowerCase() === w.toLowerCase() && (o = g + 1, n = p + 1);
      }
    }
    return t = e, s.includes(v) ? this.#C(t, s, i, n, o) : this.#S(t, s, i, n, o);
  }
  #C(t, e, s, i, n) {
    let { head: o, body: h, tail: a, segments: l } = this.#x(e, s, n);
    if (o.length) {
      let f = i + o.length;
      if (!this.#S(t, o, s, i, 0, f)) return false;
      i += o.length, n += o.length;
    }
    let c = 0;
    if (a.length) {
      if (a.length + i > t.length) return false;
      let f = t.length - a.length;
      if (this.#S(t, a, s, f, 0)) c = a.length;
      else {
        if (t[t.length - 1] !== "" || i + a.length === t.length || (f--, !this.#S(t, a, s, f, 0))) return false;
        c = a.length + 1;
      }
    }
    if (!h.length) {
      let f = !!c;
      for (let u = i; u < t.length - c; u++) {
        let p = String(t[u]);
        if (f = true, p === "." || p === ".." || !this.options.dot && p.startsWith(".")) return false;
      }
      return s || f;
    }
    return !!this.#v(t, l, t.length - c, i, 0, s, 0, !!c, /* @__PURE__ */ new Set());
  }
  #x(t, e, s) {
    let i = this.#l.get(t);
    i || (i = [], this.#l.set(t, i));
    let n = s * 2 + (e ? 1 : 0), o = i[n];
    if (o) return o;
    let h = t.indexOf(v, s), a = t.lastIndexOf(v), l = t.slice(s, h), c = t.slice(h + 1, e ? void 0 : a), f = e ? [] : t.slice(a + 1), u = [[[], 0]], p = u[0], g = 0, d = [0];
    for (let m of c) m === v ? (d.push(g), p = [[], 0], u.push(p)) : (p[0].push(m), g++);
    u.forEach((m, b) => {
      m[1] = g - d[b];
    });
    let w = { head: l, body: c, tail: f, segments: u };
    return i[n] = w, w;
  }
  #v(t, e, s, i, n, o, h, a, l) {
    let c = e[n];
    if (!c) {
      if (o) return i >= s || i === s - 1 && t[i] === "";
      for (let g = i; g < s; g++) {
        a = true;
        let d = t[g];
        if (d === "." || d === ".." || !this.options.dot && d.startsWith(".")) return false;
      }
      return a;
    }
    let [f, u] = c, p = o ? s : s - u;
    for (; i <= p; ) {
      let g = n * (t.length + 1) + i;
      if (l.has(g)) return false;
      if (l.add(g), this.#S(t, f, o, i, 0, i + f.length) && h < this.maxGlobstarRecursion) {
        let m = this.#v(t, e, s, i + f.length, n + 1, o, h + 1, a, l);
        if (m !== false) return m;
      }
      if (i === p) break;
      let w = t[i];
      if (w === "." || w === ".." || !this.options.dot && w.startsWith(".")) return false;
      i++;
    }
    return o || null;
  }
  #S(t, e, s, i, n, o = t.length) {
    let h, a, l, c;
    for (h = i, a = n, c = Math.min(o, t.length), l = e.length; h < c && a < l; h++, a++) {
      let f = e[a], u = t[h];
      if (f === false || f === v || !X(f, u)) return false;
    }
    if (h === c && a === l) return true;
    if (h === c) return s;
    if (a === l) return h === c - 1 && t[h] === "";
    throw new Error("wtf?");
  }
  braceExpand() {
    return xe(this.pattern, this.options);
  }
  #M() {
    let { pattern: t } = this;
    if (this.options.nobrace) return this.braceExpand();
    let e = 57344;
    for (; t.includes(String.fromCharCode(e)); ) if (++e > 63743) return this.braceExpand();
    let s = String.fromCharCode(e), i = false, n = t.replace(Ai, (h, a, l) => {
      let c = Number(a), f = Number(l);
      return !Number.isSafeInteger(c) || !Number.isSafeInteger(f) || Math.abs(c - f) + 1 < Ci ? h : (i = true, `${s}${a}..${l}${s}`);
    });
    if (!i) return this.braceExpand();
    let o = xe(n, this.options);
    for (let h of o) for (let a of h.split("/")) {
      let l = a.indexOf("[");
      if (l !== -1 && l < a.lastIndexOf(s)) return this.braceExpand();
    }
    return this.#m = s, o;
  }
  parse(t) {
    mt(t);
    let e = this.options;
    if (t === "**") return v;
    if (t === "") return "";
    let { nocase: s, nocaseMagicOnly: i, noext: n = false, dot: o, normalize: h } = e, a = this.#m, l = a && t.includes(a) ? void 0 : Ri(t, n);
    if (l !== void 0 && !(s && !i && t.toUpperCase() !== t.toLowerCase())) return this.#a(l);
    if (this.#h) return Se;
    let c = this.#f.get(t);
    return c || (c = new pt(t, { nocase: s, noext: n, dot: o, normalize: h, ...a && { rangeMark: a } }), this.#f.set(t, c)), c;
  }
  #e(t) {
    return this.preserveMultipleSlashes ? t.split("/") : this.isWindows && /^\/\/[^/]+/.test(t) ? ["", ...t.split(/\/+/)] : t.split(/\/+/);
  }
  match(t, e = this.partial) {
    if (this.comment) return false;
    if (this.empty) return t === "";
    if (t === "/" && e) return true;
    let s = this.options, i = this.#g(t);
    if (!i) {
      if (!e && !this.#o && (this.#t || this.#n) && os !== t) {
        os = t;
        let l = this.#b(t);
        if (l === "no") return s.flipNegate ? false : this.negate;
        if (l === "yes") return s.flipNegate ? true : !this.negate;
      }
      i = this.#w(t);
    }
    let n = i.parts, o = this.#i ? i.resolved ??= this.#p(n) : n, h = this.set, a = n[n.length - 1];
    if (!a) for (let l = n.length - 2; !a && l >= 0; l--) a = n[l];
    for (let l = 0; l < h.length; l++) {
      let c = h[l], f = e ? void 0 : this.#d[l];
      if (f === "base" ? X(c[0], a) : f ? this.#E(o, c, f) : s.matchBase && c.length === 1 ? this.#k([a], [a], c, e) : this.#k(n, o, c, e)) return s.flipNegate ? true : !this.negate;
    }
    return s.flipNegate ? false : this.negate;
  }
  static defaults(t) {
    return T.defaults(t).Minimatch;
  }
};
T.Minimatch = D;
T.escape = K;
T.unescape = st;
var M = Ti("lru-cache:metrics");
var wt = Fi("lru-cache");
var _i = typeof performance == "object" && performance && typeof performance.now == "function" ? performance : Date;
var ke = () => M.hasSubscribers || wt.hasSubscribers;
var us = /* @__PURE__ */ new Set();
var fs = typeof process == "object" && process ? process : {};
var Di = (r7, t, e, s) => {
  typeof fs.emitWarning == "function" ? fs.emitWarning(r7, t, e, s) : console.error(`[${e}] ${t}: ${r7}`);
};
var Ni = (r7) => !us.has(r7);
var V = (r7) => !!r7 && r7 === Math.floor(r7) && r7 > 0 && isFinite(r7);
var ds = (r7) => V(r7) ? r7 <= Math.pow(2, 8) ? Uint8Array : r7 <= Math.pow(2, 16) ? Uint16Array : r7 <= Math.pow(2, 32) ? Uint32Array : r7 <= Number.MAX_SAFE_INTEGER ? jt : null : null;
var jt = class extends Array {
  constructor(r7) {
    super(r7), this.fill(0);
  }
};
var Pi = class bt {
  heap;
  length;
  static #t = false;
  static create(t) {
    let e = ds(t);
    if (!e) return [];
    bt.#t = true;
    let s = new bt(t, e);
    return bt.#t = false, s;
  }
  constructor(t, e) {
    if (!bt.#t) throw new TypeError("instantiate Stack using Stack.create(n)");
    this.heap = new e(t), this.length = 0;
  }
  push(t) {
    this.heap[this.length++] = t;
  }
  pop() {
    return this.heap[--this.length];
  }
};
var yt = class ps {
  #t;
  #n;
  #i;
  #o;
  #r;
  #d;
  #u;
  #f;
  get perf() {
    return this.#f;
  }
  ttl;
  ttlResolution;
  ttlAutopurge;
  updateAgeOnGet;
  updateAgeOnHas;
  allowStale;
  noDisposeOnSet;
  noUpdateTTL;
  maxEntrySize;
  sizeCalculation;
  noDeleteOnFetchRejection;
  noDeleteOnStaleGet;
  allowStaleOnFetchAbort;
  allowStaleOnFetchRejection;
  ignoreFetchAbort;
  backgroundFetchSize;
  #h;
  #m;
  #l;
  #a;
  #s;
  #b;
  #E;
  #y;
  #g;
  #w;
  #p;
  #k;
  #C;
  #x;
  #v;
  #S;
  #M;
  #e;
  #T;
  static unsafeExposeInternals(t) {
    return { starts: t.#C, ttls: t.#x, autopurgeTimers: t.#v, sizes: t.#k, keyMap: t.#l, keyList: t.#a, valList: t.#s, next: t.#b, prev: t.#E, get head() {
      return t.#y;
    }, get tail() {
      return t.#g;
    }, free: t.#w, isBackgroundFetch: (e) => t.#c(e), backgroundFetch: (e, s, i, n) => t.#L(e, s, i, n), moveToTail: (e) => t.#X(e), indexes: (e) => t.#O(e), rindexes: (e) => t.#F(e), isStale: (e) => t.#A(e) };
  }
  get max() {
    return this.#t;
  }
  get maxSize() {
    return this.#n;
  }
  get calculatedSize() {
    return this.#m;
  }
  get size() {
    return this.#h;
  }
  get fetchMethod() {
    return this.#d;
  }
  get memoMethod() {
    return this.#u;
  }
  get dispose() {
    return this.#i;
  }
  get onInsert() {
    return this.#o;
  }
  get disposeAfter() {
    return this.#r;
  }
  constructor(t) {
    let { max: e = 0, ttl: s, ttlResolution: i = 1, ttlAutopurge: n, updateAgeOnGet: o, updateAgeOnHas: h, allowStale: a, dispose: l, onInsert: c, disposeAfter: f, noDisposeOnSet: u, noUpdateTTL: p, maxSize: g = 0, maxEntrySize: d = 0, sizeCalculation: w, fetchMethod: m, memoMethod: b, noDeleteOnFetchRejection: x, noDeleteOnStaleGet: S, allowStaleOnFetchRejection: y, allowStaleOnFetchAbort: q, ignoreFetchAbort: W, backgroundFetchSize: B = 1, perf: et } = t;
    if (this.backgroundFetchSize = B, et !== void 0 && typeof et?.now != "function") throw new TypeError("perf option must have a now() method if specified");
    if (this.#f = et ?? _i, e !== 0 && !V(e)) throw new TypeError("max option must be a nonnegative integer");
    let ie = e ? ds(e) : Array;
    if (!ie) throw new Error("invalid max value: " + e);
    if (this.#t = e, this.#n = g, this.maxEntrySize = d || this.#n, this.sizeCalculation = w, this.sizeCalculation) {
      if (!this.#n && !this.maxEntrySize) throw new TypeError("cannot set sizeCalculation without setting maxSize or maxEntrySize");
      if (typeof this.sizeCalculation != "function") throw new TypeError("sizeCalculation set to non-function");
    }
    if (b !== void 0 && typeof b != "function") throw new TypeError("memoMethod must be a function if defined");
    if (this.#u = b, m !== void 0 && typeof m != "function") throw new TypeError("fetchMethod must be a function if specified");
    if (this.#d = m, this.#M = !!m, this.#l = /* @__PURE__ */ new Map(), this.#a = Array.from({ length: e }).fill(void 0), this.#s = Array.from({ length: e }).fill(void 0), this.#b = new ie(e), this.#E = new ie(e), this.#y = 0, this.#g = 0, this.#w = Pi.create(e), this.#h = 0, this.#m = 0, typeof l == "function" && (this.#i = l), typeof c == "function" && (this.#o = c), typeof f == "function" ? (this.#r = f, this.#p = []) : (this.#r = void 0, this.#p = void 0), this.#S = !!this.#i, this.#T = !!this.#o, this.#e = !!this.#r, this.noDisposeOnSet = !!u, this.noUpdateTTL = !!p, this.noDeleteOnFetchRejection = !!x, this.allowStaleOnFetchRejection = !!y, this.allowStaleOnFetchAbort = !!q, this.ignoreFetchAbort = !!W, this.maxEntrySize !== 0) {
      if (this.#n !== 0 && !V(this.#n)) throw new TypeError("maxSize must be a positive integer if specified");
      if (!V(this.maxEntrySize)) throw new TypeError("maxEntrySize must be a positive integer if specified");
      this.#G();
    }
    if (this.allowStale = !!a, this.noDeleteOnStaleGet = !!S, this.updateAgeOnGet = !!o, this.updateAgeOnHas = !!h, this.ttlResolution = V(i) || i === 0 ? i : 1, this.ttlAutopurge = !!n, this.ttl = s || 0, this.ttl) {
      if (!V(this.ttl)) throw new TypeError("ttl must be a positive integer if specified");
      this.#_();
    }
    if (this.#t === 0 && this.ttl === 0 && this.#n === 0) throw new TypeError("At least one of max, maxSize, or ttl is required");
    if (!this.ttlAutopurge && !this.#t && !this.#n) {
      let ne = "LRU_CACHE_UNBOUNDED";
      Ni(ne) && (us.add(ne), Di("TTL caching without ttlAutopurge, max, or maxSize can result in unbounded memory consumption.", "UnboundedCacheWarning", ne, ps));
    }
  }
  getRemainingTTL(t) {
    return this.#l.has(t) ? 1 / 0 : 0;
  }
  #_() {
    let t = new jt(this.#t), e = new jt(this.#t);
    this.#x = t, this.#C = e;
    let s = this.ttlAutopurge ? Array.from({ length: this.#t }) : void 0;
    this.#v = s, this.#W = (a, l, c = this.#f.now()) => {
      e[a] = l !== 0 ? c : 0, t[a] = l, i(a, l);
    }, this.#R = (a) => {
      e[a] = t[a] !== 0 ? this.#f.now() : 0, i(a, t[a]);
    };
    let i = this.ttlAutopurge ? (a, l) => {
      if (s?.[a] && (clearTimeout(s[a]), s[a] = void 0), l && l !== 0 && s) {
        let c = setTimeout(() => {
          this.#A(a) ? (this.#j(this.#a[a], "expire"), s[a] = void 0) : i(a, h(a));
        }, l + 1);
        c.unref && c.unref(), s[a] = c;
      }
    } : () => {
    };
    this.#D = (a, l) => {
      if (t[l]) {
        let c = t[l], f = e[l];
        if (!c || !f) return;
        a.ttl = c, a.start = f, a.now = n || o();
        let u = a.now - f;
        a.remainingTTL = c - u;
      }
    };
    let n = 0, o = () => {
      let a = this.#f.now();
      if (this.ttlResolution > 0) {
        n = a;
        let l = setTimeout(() => n = 0, this.ttlResolution);
        l.unref && l.unref();
      }
      return a;
    };
    this.getRemainingTTL = (a) => {
      let l = this.#l.get(a);
      return l === void 0 ? 0 : h(l);
    };
    let h = (a) => {
      let l = t[a], c = e[a];
      if (!l || !c) return 1 / 0;
      let f = (n || o()) - c;
      return l - f;
    };
    this.#A = (a) => {
      let l = e[a], c = t[a];
      return !!c && !!l && (n || o()) - l > c;
    };
  }
  #R = () => {
  };
  #D = () => {
  };
  #W = () => {
  };
  #A = () => false;
  #G() {
    let t = new jt(this.#t);
    this.#m = 0, this.#k = t, this.#P = (e) => {
      this.#m -= t[e], t[e] = 0;
    }, this.#$ = (e, s, i, n) => {
      if (!V(i)) {
        if (this.#c(s)) return this.backgroundFetchSize;
        if (n) {
          if (typeof n != "function") throw new TypeError("sizeCalculation must be a function");
          if (i = n(s, e), !V(i)) throw new TypeError("sizeCalculation return invalid (expect positive integer)");
        } else throw new TypeError("invalid size value (must be positive integer). When maxSize or maxEntrySize is used, sizeCalculation or size must be set.");
      }
      return i;
    }, this.#N = (e, s, i) => {
      if (t[e] = s, this.#n) {
        let n = this.#n - t[e];
        for (; this.#m > n; ) this.#U(true);
      }
      this.#m += t[e], i && (i.entrySize = s, i.totalCalculatedSize = this.#m);
    };
  }
  #P = (t) => {
  };
  #N = (t, e, s) => {
  };
  #$ = (t, e, s, i) => {
    if (s || i) throw new TypeError("cannot set size without setting maxSize or maxEntrySize on cache");
    return 0;
  };
  *#O({ allowStale: t = this.allowStale } = {}) {
    if (this.#h) for (let e = this.#g; this.#I(e) && ((t || !this.#A(e)) && (yield e), e !== this.#y); ) e = this.#E[e];
  }
  *#F({ allowStale: t = this.allowStale } = {}) {
    if (this.#h) for (let e = this.#y; this.#I(e) && ((t || !this.#A(e)) && (yield e), e !== this.#g); ) e = this.#b[e];
  }
  #I(t) {
    return t !== void 0 && this.#l.get(this.#a[t]) === t;
  }
  *entries() {
    for (let t of this.#O()) this.#s[t] !== void 0 && this.#a[t] !== void 0 && !this.#c(this.#s[t]) && (yield [this.#a[t], this.#s[t]]);
  }
  *rentries() {
    for (let t of this.#F()) this.#s[t] !== void 0 && this.#a[t] !== void 0 && !this.#c(this.#s[t]) && (yield [this.#a[t], this.#s[t]]);
  }
  *keys() {
    for (let t of this.#O()) {
      let e = this.#a[t];
      e !== void 0 && !this.#c(this.#s[t]) && (yield e);
    }
  }
  *rkeys() {
    for (let t of this.#F()) {
      let e = this.#a[t];
      e !== void 0 && !this.#c(this.#s[t]) && (yield e);
    }
  }
  *values() {
    for (let t of this.#O()) this.#s[t] !== void 0 && !this.#c(this.#s[t]) && (yield this.#s[t]);
  }
  *rvalues() {
    for (let t of this.#F()) this.#s[t] !== void 0 && !this.#c(this.#s[t]) && (yield this.#s[t]);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  [Symbol.toStringTag] = "LRUCache";
  find(t, e = {}) {
    for (let s of this.#O()) {
      let i = this.#s[s], n = this.#c(i) ? i.__staleWhileFetching : i;
      if (n !== void 0 && t(n, this.#a[s], this)) return this.#K(this.#a[s], e);
    }
  }
  forEach(t, e = this) {
    for (let s of this.#O()) {
      let i = this.#s[s], n = this.#c(i) ? i.__staleWhileFetching : i;
      n !== void 0 && t.call(e, n, this.#a[s], this);
    }
  }
  rforEach(t, e = this) {
    for (let s of this.#F()) {
      let i = this.#s[s], n = this.#c(i) ? i.__staleWhileFetching : i;
      n !== void 0 && t.call(e, n, this.#a[s], this);
    }
  }
  purgeStale() {
    let t = false;
    for (let e of this.#F({ allowStale: true })) this.#A(e) && (this.#j(this.#a[e], "expire"), t = true);
    return t;
  }
  info(t) {
    let e = this.#l.get(t);
    if (e === void 0) return;
    let s = this.#s[e], i = this.#c(s) ? s.__staleWhileFetching : s;
    if (i === void 0) return;
    let n = { value: i };
    if (this.#x && this.#C) {
      let o = this.#x[e], h = this.#C[e];
      if (o && h) {
        let a = o - (this.#f.now() - h);
        n.ttl = a, n.start = Date.now();
      }
    }
    return this.#k && (n.size = this.#k[e]), n;
  }
  dump() {
    let t = [];
    for (let e of this.#O({ allowStale: true })) {
      let s = this.#a[e], i = this.#s[e], n = this.#c(i) ? i.__staleWhileFetching : i;
      if (n === void 0 || s === void 0) continue;
      let o = { value: n };
      if (this.#x && this.#C) {
        o.ttl = this.#x[e];
        let h = this.#f.now() - this.#C[e];
        o.start = Math.floor(Date.now() - h);
      }
      this.#k && (o.size = this.#k[e]), t.unshift([s, o]);
    }
    return t;
  }
  load(t) {
    this.clear();
    for (let [e, s] of t) {
      if (s.start) {
        let i = Date.now() - s.start;
        s.start = this.#f.now() - i;
      }
      this.#z(e, s.value, s);
    }
  }
  set(t, e, s = {}) {
    let { status: i = M.hasSubscribers ? {} : void 0 } = s;
    s.status = i, i && (i.op = "set", i.key = t, e !== void 0 && (i.value = e), i.cache = this);
    let n = this.#z(t, e, s);
    return i && M.hasSubscribers && M.publish(i), n;
  }
  #z(t, e, s, i) {
    let { ttl: n = this.ttl, start: o, noDisposeOnSet: h = this.noDisposeOnSet, sizeCalculation: a = this.sizeCalculation, status: l } = s, c = this.#c(e);
    if (e === void 0) return l && (l.set = "deleted"), this.delete(t), this;
    let { noUpdateTTL: f = this.noUpdateTTL } = s;
    l && !c && (l.value = e);
    let u = this.#$(t, e, s.size || 0, a, l);
    if (this.maxEntrySize && u > this.maxEntrySize) return this.#j(t, "set"), l && (l.set = "miss", l.maxEntrySizeExceeded = true), this;
    let p = this.#h === 0 ? void 0 : this.#l.get(t);
    if (p === void 0) p = this.#h === 0 ? this.#g : this.#w.length !== 0 ? this.#w.pop() : this.#h === this.#t ? this.#U(false) : this.#h, this.#a[p] = t, this.#s[p] = e, this.#l.set(t, p), this.#b[this.#g] = p, this.#E[p] = this.#g, this.#g = p, this.#h++, this.#N(p, u, l), l && (l.set = "add"), f = false, this.#T && !c && this.#o?.(e, t, "add");
    else {
      this.#X(p);
      let g = this.#s[p];
      if (e !== g) {
        if (!h) if (this.#c(g)) {
          g !== i && g.__abortController.abort(new Error("replaced"));
          let { __staleWhileFetching: d } = g;
          d !== void 0 && d !== e && (this.#S && this.#i?.(d, t, "set"), this.#e && this.#p?.push([d, t, "set"]));
        } else this.#S && this.#i?.(g, t, "set"), this.#e && this.#p?.push([g, t, "set"]);
        if (this.#P(p), this.#N(p, u, l), this.#s[p] = e, !c) {
          let d = g && this.#c(g) ? g.__staleWhileFetching : g, w = d === void 0 ? "add" : e !== d ? "replace" : "update";
          l && (l.set = w, d !== void 0 && (l.oldValue = d)), this.#T && this.onInsert?.(e, t, w);
        }
      } else c || (l && (l.set = "update"), this.#T && this.onInsert?.(e, t, "update"));
    }
    if (n !== 0 && !this.#x && this.#_(), this.#x && (f || this.#W(p, n, o), l && this.#D(l, p)), !h && this.#e && this.#p) {
      let g = this.#p, d;
      for (; d = g?.shift(); ) this.#r?.(...d);
    }
    return this;
  }
  pop() {
    try {
      for (; this.#h; ) {
        let t = this.#s[this.#y];
        if (this.#U(true), this.#c(t)) {
          if (t.__staleWhileFetching) return t.__staleWhileFetching;
        } else if (t !== void 0) return t;
      }
    } finally {
      if (this.#e && this.#p) {
        let t = this.#p, e;
        for (; e = t?.shift(); ) this.#r?.(...e);
      }
    }
  }
  #U(t) {
    let e = this.#y, s = this.#a[e], i = this.#s[e], n = this.#c(i);
    n && i.__abortController.abort(new Error("evicted"));
    let o = n ? i.__staleWhileFetching : i;
    return (this.#S || this.#e) && o !== void 0 && (this.#S && this.#i?.(o, s, "evict"), this.#e && this.#p?.push([o, s, "evict"])), this.#P(e), this.#v?.[e] && (clearTimeout(this.#v[e]), this.#v[e] = void 0), t && (this.#a[e] = void 0, this.#s[e] = void 0, this.#w.push(e)), this.#h === 1 ? (this.#y = this.#g = 0, this.#w.length = 0) : this.#y = this.#b[e], this.#l.delete(s), this.#h--, e;
  }
  has(t, e = {}) {
    let { status: s = M.hasSubscribers ? {} : void 0 } = e;
    e.status = s, s && (s.op = "has", s.key = t, s.cache = this);
    let i = this.#V(t, e);
    return M.hasSubscribers && M.publish(s), i;
  }
  #V(t, e = {}) {
    let { updateAgeOnHas: s = this.updateAgeOnHas, status: i } = e, n = this.#l.get(t);
    if (n !== void 0) {
      let o = this.#s[n];
      if (this.#c(o) && o.__staleWhileFetching === void 0) return false;
      if (this.#A(n)) i && (i.has = "stale", this.#D(i, n));
      else return s && this.#R(n), i && (i.has = "hit", this.#D(i, n)), true;
    } else i && (i.has = "miss");
    return false;
  }
  peek(t, e = {}) {
    let { status: s = ke() ? {} : void 0 } = e;
    s && (s.op = "peek", s.key = t, s.cache = this), e.status = s;
    let i = this.#H(t, e);
    return M.hasSubscribers && M.publish(s), i;
  }
  #H(t, e) {
    let { status: s, allowStale: i = this.allowStale } = e, n = this.#l.get(t);
    if (n === void 0 || !i && this.#A(n)) {
      s && (s.peek = n === void 0 ? "miss" : "stale");
      return;
    }
    let o = this.#s[n], h = this.#c(o) ? o.__staleWhileFetching : o;
    return s && (h !== void 0 ? (s.peek = "hit", s.value = h) : s.peek = "miss"), h;
  }
  #L(t, e, s, i) {
    let n = e === void 0 ? void 0 : this.#s[e];
    if (this.#c(n)) return n;
    let o = new AbortController(), { signal: h } = s;
    h?.addEventListener("abort", () => o.abort(h.reason), { signal: o.signal });
    let a = { signal: o.signal, options: s, context: i }, l = (d, w = false) => {
      let { aborted: m } = o.signal, b = s.ignoreFetchAbort && d !== void 0, x = s.ignoreFetchAbort || !!(s.allowStaleOnFetchAbort && d !== void 0);
      if (s.status && (m && !w ? (s.status.fetchAborted = true, s.status.fetchError = o.signal.reason, b && (s.status.fetchAbortIgnored = true)) : s.status.fetchResolved = true), m && !b && !w) return f(o.signal.reason, x);
      let S = p, y = this.#s[e];
      return (y === p || y === void 0 && b && w) && (d === void 0 ? S.__staleWhileFetching !== void 0 ? this.#s[e] = S.__staleWhileFetching : this.#j(t, "fetch") : (s.status && (s.status.fetchUpdated = true), this.#z(t, d, a.options, S))), d;
    }, c = (d) => (s.status && (s.status.fetchRejected = true, s.status.fetchError = d), f(d, false)), f = (d, w) => {
      let { aborted: m } = o.signal, b = m && s.allowStaleOnFetchAbort, x = b || s.allowStaleOnFetchRejection, S = x || s.noDeleteOnFetchRejection, y = p;
      if (this.#s[e] === p && (!S || !w && y.__staleWhileFetching === void 0 ? this.#j(t, "fetch") : b || (this.#s[e] = y.__staleWhileFetching)), x) return s.status && y.__staleWhileFetching !== void 0 && (s.status.returnedStale = true), y.__staleWhileFetching;
      if (y.__returned === y) throw d;
    }, u = (d, w) => {
      let m = this.#d?.(t, n, a);
      o.signal.addEventListener("abort", () => {
        (!s.ignoreFetchAbort || s.allowStaleOnFetchAbort) && (d(void 0), s.allowStaleOnFetchAbort && (d = (b) => l(b, true)));
      }), m && m instanceof Promise ? m.then((b) => d(b === void 0 ? void 0 : b), w) : m !== void 0 && d(m);
    };
    s.status && (s.status.fetchDispatched = true);
    let p = new Promise(u).then(l, c), g = Object.assign(p, { __abortController: o, __staleWhileFetching: n, __returned: void 0 });
    return e === void 0 ? (this.#z(t, g, { ...a.options, status: void 0 }), e = this.#l.get(t)) : this.#s[e] = g, g;
  }
  #c(t) {
    if (!this.#M) return false;
    let e = t;
    return !!e && e instanceof Promise && e.hasOwnProperty("__staleWhileFetching") && e.__abortController instanceof AbortController;
  }
  fetch(t, e = {}) {
    let s = wt.hasSubscribers, { status: i = ke() ? {} : void 0 } = e;
    e.status = i, i && e.context && (i.context = e.context);
    let n = this.#q(t, e);
    return i && s && (i.trace = true, wt.tracePromise(() => n, i).catch(() => {
    })), n;
  }
  async #q(t, e = {}) {
    let { allowStale: s = this.allowStale, updateAgeOnGet: i = this.updateAgeOnGet, noDeleteOnStaleGet: n = this.noDeleteOnStaleGet, ttl: o = this.ttl, noDisposeOnSet: h = this.noDisposeOnSet, size: a = 0, sizeCalculation: l = this.sizeCalculation, noUpdateTTL: c = this.noUpdateTTL, noDeleteOnFetchRejection: f = this.noDeleteOnFetchRejection, allowStaleOnFetchRejection: u = this.allowStaleOnFetchRejection, ignoreFetchAbort: p = this.ignoreFetchAbort, allowStaleOnFetchAbort: g = this.allowStaleOnFetchAbort, context: d, forceRefresh: w = false, status: m, signal: b } = e;
    if (m && (m.op = "fetch", m.key = t, w && (m.forceRefresh = true), m.cache = this), !this.#M) return m && (m.fetch = "get"), this.#K(t, { allowStale: s, updateAgeOnGet: i, noDeleteOnStaleGet: n, status: m });
    let x = { allowStale: s, updateAgeOnGet: i, noDeleteOnStaleGet: n, ttl: o, noDisposeOnSet: h, size: a, sizeCalculation: l, noUpdateTTL: c, noDeleteOnFetchRejection: f, allowStaleOnFetchRejection: u, allowStaleOnFetchAbort: g, ignoreFetchAbort: p, status: m, signal: b }, S = this.#l.get(t);
    if (S === void 0) {
      m && (m.fetch = "miss");
      let y = this.#L(t, S, x, d);
      return y.__returned = y;
    } else {
      let y = this.#s[S];
      if (this.#c(y)) {
        let et = s && y.__staleWhileFetching !== void 0;
        return m && (m.fetch = "inflight", et && (m.returnedStale = true)), et ? y.__staleWhileFetching : y.__returned = y;
      }
      let q = this.#A(S);
      if (!w && !q) return m && (m.fetch = "hit"), this.#X(S), i && this.#R(S), m && this.#D(m, S), y;
      let W = this.#L(t, S, x, d), B = W.__staleWhileFetching !== void 0 && s;
      return m && (m.fetch = q ? "stale" : "refresh", B && q && (m.returnedStale = true)), B ? W.__staleWhileFetching : W.__returned = W;
    }
  }
  forceFetch(t, e = {}) {
    let s = wt.hasSubscribers, { status: i = ke() ? {} : void 0 } = e;
    e.status = i, i && e.context && (i.context = e.context);
    let n = this.#B(t, e);
    return i && s && (i.trace = true, wt.tracePromise(() => n, i).catch(() => {
    })), n;
  }
  async #B(t, e = {}) {
    let s = await this.#q(t, e);
    if (s === void 0) throw new Error("fetch() returned undefined");
    return s;
  }
  memo(t, e = {}) {
    let { status: s = M.hasSubscribers ? {} : void 0 } = e;
    e.status = s, s && (s.op = "memo", s.key = t, e.context && (s.context = e.context), s.cache = this);
    let i = this.#Z(t, e);
    return s && (s.value = i), M.hasSubscribers && M.publish(s), i;
  }
  #Z(t, e = {}) {
    let s = this.#u;
    if (!s) throw new Error("no memoMethod provided to constructor");
    let { context: i, status: n, forceRefresh: o, ...h } = e;
    n && o && (n.forceRefresh = true);
    let a = this.#K(t, h), l = o || a === void 0;
    if (n && (n.memo = l ? "miss" : "hit", l || (n.value = a)), !l) return a;
    let c = s(t, a, { options: h, context: i });
    return n && (n.value = c), this.#z(t, c, h), c;
  }
  get(t, e = {}) {
    let { status: s = M.hasSubscribers ? {} : void 0 } = e;
    e.status = s, s && (s.op = "get", s.key = t, s.cache = this);
    let i = this.#K(t, e);
    return s && (i !== void 0 && (s.value = i), M.hasSubscribers && M.publish(s)), i;
  }
  #K(t, e = {}) {
    let { allowStale: s = this.allowStale, updateAgeOnGet: i = this.updateAgeOnGet, noDeleteOnStaleGet: n = this.noDeleteOnStaleGet, status: o } = e, h = this.#l.get(t);
    if (h === void 0) {
      o && (o.get = "miss");
      return;
    }
    let a = this.#s[h], l = this.#c(a);
    return o && this.#D(o, h), this.#A(h) ? l ? (o && (o.get = "stale-fetching"), s && a.__staleWhileFetching !== void 0 ? (o && (o.returnedStale = true), a.__staleWhileFetching) : void 0) : (n || this.#j(t, "expire"), o && (o.get = "stale"), s ? (o && (o.returnedStale = true), a) : void 0) : (o && (o.get = l ? "fetching" : "hit"), this.#X(h), i && this.#R(h), l ? a.__staleWhileFetching : a);
  }
  #Y(t, e) {
    this.#E[e] = t, this.#b[t] = e;
  }
  #X(t) {
    t !== this.#g && (t === this.#y ? this.#y = this.#b[t] : this.#Y(this.#E[t], this.#b[t]), this.#Y(this.#g, t), this.#g = t);
  }
  delete(t) {
    return this.#j(t, "delete");
  }
  #j(t, e) {
    M.hasSubscribers && M.publish({ op: "delete", delete: e, key: t, cache: this });
    let s = false;
    if (this.#h !== 0) {
      let i = this.#l.get(t);
      if (i !== void 0) if (this.#v?.[i] && (clearTimeout(this.#v[i]), this.#v[i] = void 0), s = true, this.#h === 1) this.#J(e);
      else {
        this.#P(i);
        let n = this.#s[i];
        if (this.#c(n) ? n.__abortController.abort(new Error("deleted")) : (this.#S || this.#e) && (this.#S && this.#i?.(n, t, e), this.#e && this.#p?.push([n, t, e])), this.#l.delete(t), this.#a[i] = void 0, this.#s[i] = void 0, i === this.#g) this.#g = this.#E[i];
        else if (i === this.#y) this.#y = this.#b[i];
        else {
          let o = this.#E[i];
          this.#b[o] = this.#b[i];
          let h = this.#b[i];
          this.#E[h] = this.#E[i];
        }
        this.#h--, this.#w.push(i);
      }
    }
    if (this.#e && this.#p?.length) {
      let i = this.#p, n;
      for (; n = i?.shift(); ) this.#r?.(...n);
    }
    return s;
  }
  clear() {
    return this.#J("delete");
  }
  #J(t) {
    for (let e of this.#F({ allowStale: true })) {
      let s = this.#s[e];
      if (this.#c(s)) s.__abortController.abort(new Error("deleted"));
      else {
        let i = this.#a[e];
        this.#S && this.#i?.(s, i, t), this.#e && this.#p?.push([s, i, t]);
      }
    }
    if (this.#l.clear(), this.#s.fill(void 0), this.#a.fill(void 0), this.#x && this.#C) {
      this.#x.fill(0), this.#C.fill(0);
      for (let e of this.#v ?? []) e !== void 0 && clearTimeout(e);
      this.#v?.fill(void 0);
    }
    if (this.#k && this.#k.fill(0), this.#y = 0, this.#g = 0, this.#w.length = 0, this.#m = 0, this.#h = 0, this.#e && this.#p) {
      let e = this.#p, s;
      for (; s = e?.shift(); ) this.#r?.(...s);
    }
  }
};
var ms = typeof process == "object" && process ? process : { stdout: null, stderr: null };
var Li = (r7) => !!r7 && typeof r7 == "object" && (r7 instanceof J || r7 instanceof ys || ji(r7) || Wi(r7));
var ji = (r7) => !!r7 && typeof r7 == "object" && r7 instanceof Te && typeof r7.pipe == "function" && r7.pipe !== ys.Writable.prototype.pipe;
var Wi = (r7) => !!r7 && typeof r7 == "object" && r7 instanceof Te && typeof r7.write == "function" && typeof r7.end == "function";
var G = /* @__PURE__ */ Symbol("EOF");
var H = /* @__PURE__ */ Symbol("maybeEmitEnd");
var Y = /* @__PURE__ */ Symbol("emittedEnd");
var Wt = /* @__PURE__ */ Symbol("emittingEnd");
var St = /* @__PURE__ */ Symbol("emittedError");
var $t = /* @__PURE__ */ Symbol("closed");
var gs = /* @__PURE__ */ Symbol("read");
var It = /* @__PURE__ */ Symbol("flush");
var ws = /* @__PURE__ */ Symbol("flushChunk");
var z = /* @__PURE__ */ Symbol("encoding");
var nt = /* @__PURE__ */ Symbol("decoder");
var k = /* @__PURE__ */ Symbol("flowing");
var xt = /* @__PURE__ */ Symbol("paused");
var rt = /* @__PURE__ */ Symbol("resume");
var C = /* @__PURE__ */ Symbol("buffer");
var F = /* @__PURE__ */ Symbol("pipes");
var A = /* @__PURE__ */ Symbol("bufferLength");
var Ce = /* @__PURE__ */ Symbol("bufferPush");
var Bt = /* @__PURE__ */ Symbol("bufferShift");
var R = /* @__PURE__ */ Symbol("objectMode");
var E = /* @__PURE__ */ Symbol("destroyed");
var Ae = /* @__PURE__ */ Symbol("error");
var Me = /* @__PURE__ */ Symbol("emitData");
var bs = /* @__PURE__ */ Symbol("emitEnd");
var Re = /* @__PURE__ */ Symbol("emitEnd2");
var $ = /* @__PURE__ */ Symbol("async");
var Oe = /* @__PURE__ */ Symbol("abort");
var Ut = /* @__PURE__ */ Symbol("aborted");
var vt = /* @__PURE__ */ Symbol("signal");
var Q = /* @__PURE__ */ Symbol("dataListeners");
var _ = /* @__PURE__ */ Symbol("discarded");
var Et = (r7) => Promise.resolve().then(r7);
var $i = (r7) => r7();
var Ii = (r7) => r7 === "end" || r7 === "finish" || r7 === "prefinish";
var Bi = (r7) => r7 instanceof ArrayBuffer || !!r7 && typeof r7 == "object" && r7.constructor && r7.constructor.name === "ArrayBuffer" && r7.byteLength >= 0;
var Ui = (r7) => !Buffer.isBuffer(r7) && ArrayBuffer.isView(r7);
var Gt = class {
  src;
  dest;
  opts;
  ondrain;
  constructor(t, e, s) {
    this.src = t, this.dest = e, this.opts = s, this.ondrain = () => t[rt](), this.dest.on("drain", this.ondrain);
  }
  unpipe() {
    this.dest.removeListener("drain", this.ondrain);
  }
  proxyErrors(t) {
  }
  end() {
    this.unpipe(), this.opts.end && this.dest.end();
  }
};
var Fe = class extends Gt {
  unpipe() {
    this.src.removeListener("error", this.proxyErrors), super.unpipe();
  }
  constructor(t, e, s) {
    super(t, e, s), this.proxyErrors = (i) => this.dest.emit("error", i), t.on("error", this.proxyErrors);
  }
};
var Gi = (r7) => !!r7.objectMode;
var Hi = (r7) => !r7.objectMode && !!r7.encoding && r7.encoding !== "buffer";
var J = class extends Te {
  [k] = false;
  [xt] = false;
  [F] = [];
  [C] = [];
  [R];
  [z];
  [$];
  [nt];
  [G] = false;
  [Y] = false;
  [Wt] = false;
  [$t] = false;
  [St] = null;
  [A] = 0;
  [E] = false;
  [vt];
  [Ut] = false;
  [Q] = 0;
  [_] = false;
  writable = true;
  readable = true;
  constructor(...t) {
    let e = t[0] || {};
    if (super(), e.objectMode && typeof e.encoding == "string") throw new TypeError("Encoding and objectMode may not be used together");
    Gi(e) ? (this[R] = true, this[z] = null) : Hi(e) ? (this[z] = e.encoding, this[R] = false) : (this[R] = false, this[z] = null), this[$] = !!e.async, this[nt] = this[z] ? new zi(this[z]) : null, e && e.debugExposeBuffer === true && Object.defineProperty(this, "buffer", { get: () => this[C] }), e && e.debugExposePipes === true && Object.defineProperty(this, "pipes", { get: () => this[F] });
    let { signal: s } = e;
    s && (this[vt] = s, s.aborted ? this[Oe]() : s.addEventListener("abort", () => this[Oe]()));
  }
  get bufferLength() {
    return this[A];
  }
  get encoding() {
    return this[z];
  }
  set encoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  setEncoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  get objectMode() {
    return this[R];
  }
  set objectMode(t) {
    throw new Error("objectMode must be set at instantiation time");
  }
  get async() {
    return this[$];
  }
  set async(t) {
    this[$] = this[$] || !!t;
  }
  [Oe]() {
    this[Ut] = true, this.emit("abort", this[vt]?.reason), this.destroy(this[vt]?.reason);
  }
  get aborted() {
    return this[Ut];
  }
  set aborted(t) {
  }
  write(t, e, s) {
    if (this[Ut]) return false;
    if (this[G]) throw new Error("write after end");
    if (this[E]) return this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" })), true;
    typeof e == "function" && (s = e, e = "utf8"), e || (e = "utf8");
    let i = this[$] ? Et : $i;
    if (!this[R] && !Buffer.isBuffer(t)) {
      if (Ui(t)) t = Buffer.from(t.buffer, t.byteOffset, t.byteLength);
      else if (Bi(t)) t = Buffer.from(t);
      else if (typeof t != "string") throw new Error("Non-contiguous data written to non-objectMode stream");
    }
    return this[R] ? (this[k] && this[A] !== 0 && this[It](true), this[k] ? this.emit("data", t) : this[Ce](t), this[A] !== 0 && this.emit("readable"), s && i(s), this[k]) : t.length ? (typeof t == "string" && !(e === this[z] && !this[nt]?.lastNeed) && (t = Buffer.from(t, e)), Buffer.isBuffer(t) && this[z] && (t = this[nt].write(t)), this[k] && this[A] !== 0 && this[It](true), this[k] ? this.emit("data", t) : this[Ce](t), this[A] !== 0 && this.emit("readable"), s && i(s), this[k]) : (this[A] !== 0 && this.emit("readable"), s && i(s), this[k]);
  }
  read(t) {
    if (this[E]) return null;
    if (this[_] = false, this[A] === 0 || t === 0 || t && t > this[A]) return this[H](), null;
    this[R] && (t = null), this[C].length > 1 && !this[R] && (this[C] = [this[z] ? this[C].join("") : Buffer.concat(this[C], this[A])]);
    let e = this[gs](t || null, this[C][0]);
    return this[H](), e;
  }
  [gs](t, e) {
    if (this[R]) this[Bt]();
    else {
      let s = e;
      t === s.length || t === null ? this[Bt]() : typeof s == "string" ? (this[C][0] = s.slice(t), e = s.slice(0, t), this[A] -= t) : (this[C][0] = s.subarray(t), e = s.subarray(0, t), this[A] -= t);
    }
    return this.emit("data", e), !this[C].length && !this[G] && this.emit("drain"), e;
  }
  end(t, e, s) {
    return typeof t == "function" && (s = t, t = void 0), typeof e == "function" && (s = e, e = "utf8"), t !== void 0 && this.write(t, e), s && this.once("end", s), this[G] = true, this.writable = false, (this[k] || !this[xt]) && this[H](), this;
  }
  [rt]() {
    this[E] || (!this[Q] && !this[F].length && (this[_] = true), this[xt] = false, this[k] = true, this.emit("resume"), this[C].length ? this[It]() : this[G] ? this[H]() : this.emit("drain"));
  }
  resume() {
    return this[rt]();
  }
  pause() {
    this[k] = false, this[xt] = true, this[_] = false;
  }
  get destroyed() {
    return this[E];
  }
  get flowing() {
    return this[k];
  }
  get paused() {
    return this[xt];
  }
  [Ce](t) {
    this[R] ? this[A] += 1 : this[A] += t.length, this[C].push(t);
  }
  [Bt]() {
    return this[R] ? this[A] -= 1 : this[A] -= this[C][0].length, this[C].shift();
  }
  [It](t = false) {
    do
      ;
    while (this[ws](this[Bt]()) && this[C].length);
    !t && !this[C].length && !this[G] && this.emit("drain");
  }
  [ws](t) {
    return this.emit("data", t), this[k];
  }
  pipe(t, e) {
    if (this[E]) return t;
    this[_] = false;
    let s = this[Y];
    return e = e || {}, t === ms.stdout || t === ms.stderr ? e.end = false : e.end = e.end !== false, e.proxyErrors = !!e.proxyErrors, s ? e.end && t.end() : (this[F].push(e.proxyErrors ? new Fe(this, t, e) : new Gt(this, t, e)), this[$] ? Et(() => this[rt]()) : this[rt]()), t;
  }
  unpipe(t) {
    let e = this[F].find((s) => s.dest === t);
    e && (this[F].length === 1 ? (this[k] && this[Q] === 0 && (this[k] = false), this[F] = []) : this[F].splice(this[F].indexOf(e), 1), e.unpipe());
  }
  addListener(t, e) {
    return this.on(t, e);
  }
  on(t, e) {
    let s = super.on(t, e);
    if (t === "data") this[_] = false, this[Q]++, !this[F].length && !this[k] && this[rt]();
    else if (t === "readable" && this[A] !== 0) super.emit("readable");
    else if (Ii(t) && this[Y]) super.emit(t), this.removeAllListeners(t);
    else if (t === "error" && this[St]) {
      let i = e;
      this[$] ? Et(() => i.call(this, this[St])) : i.call(this, this[St]);
    }
    return s;
  }
  removeListener(t, e) {
    return this.off(t, e);
  }
  off(t, e) {
    let s = super.off(t, e);
    return t === "data" && (this[Q] = this.listeners("data").length, this[Q] === 0 && !this[_] && !this[F].length && (this[k] = false)), s;
  }
  removeAllListeners(t) {
    let e = super.removeAllListeners(t);
    return (t === "data" || t === void 0) && (this[Q] = 0, !this[_] && !this[F].length && (this[k] = false)), e;
  }
  get emittedEnd() {
    return this[Y];
  }
  [H]() {
    !this[Wt] && !this[Y] && !this[E] && this[C].length === 0 && this[G] && (this[Wt] = true, this.emit("end"), this.emit("prefinish"), this.emit("finish"), this[$t] && this.emit("close"), this[Wt] = false);
  }
  emit(t, ...e) {
    let s = e[0];
    if (t !== "error" && t !== "close" && t !== E && this[E]) return false;
    if (t === "data") return !this[R] && !s ? false : this[$] ? (Et(() => this[Me](s)), true) : this[Me](s);
    if (t === "end") return this[bs]();
    if (t === "close") {
      if (this[$t] = true, !this[Y] && !this[E]) return false;
      let n = super.emit("close");
      return this.removeAllListeners("close"), n;
    } else if (t === "error") {
      this[St] = s, super.emit(Ae, s);
      let n = !this[vt] || this.listeners("error").length ? super.emit("error", s) : false;
      return this[H](), n;
    } else if (t === "resume") {
      let n = super.emit("resume");
      return this[H](), n;
    } else if (t === "finish" || t === "prefinish") {
      let n = super.emit(t);
      return this.removeAllListeners(t), n;
    }
    let i = super.emit(t, ...e);
    return this[H](), i;
  }
  [Me](t) {
    for (let s of this[F]) s.dest.write(t) === false && this.pause();
    let e = this[_] ? false : super.emit("data", t);
    return this[H](), e;
  }
  [bs]() {
    return this[Y] ? false : (this[Y] = true, this.readable = false, this[$] ? (Et(() => this[Re]()), true) : this[Re]());
  }
  [Re]() {
    if (this[nt]) {
      let e = this[nt].end();
      if (e) {
        for (let s of this[F]) s.dest.write(e);
        this[_] || super.emit("data", e);
      }
    }
    for (let e of this[F]) e.end();
    let t = super.emit("end");
    return this.removeAllListeners("end"), t;
  }
  async collect() {
    let t = Object.assign([], { dataLength: 0 });
    this[R] || (t.dataLength = 0);
    let e = this.promise();
    return this.on("data", (s) => {
      t.push(s), this[R] || (t.dataLength += s.length);
    }), await e, t;
  }
  async concat() {
    if (this[R]) throw new Error("cannot concat in objectMode");
    let t = await this.collect();
    return this[z] ? t.join("") : Buffer.concat(t, t.dataLength);
  }
  async promise() {
    return new Promise((t, e) => {
      this.on(E, () => e(new Error("stream destroyed"))), this.on("error", (s) => e(s)), this.on("end", () => t());
    });
  }
  [Symbol.asyncIterator]() {
    this[_] = false;
    let t = false, e = async () => (this.pause(), t = true, { value: void 0, done: true });
    return { next: () => {
      if (t) return e();
      let i = this.read();
      if (i !== null) return Promise.resolve({ done: false, value: i });
      if (this[G]) return e();
      let n, o, h = (f) => {
        this.off("data", a), this.off("end", l), this.off(E, c), e(), o(f);
      }, a = (f) => {
        this.off("error", h), this.off("end", l), this.off(E, c), this.pause(), n({ value: f, done: !!this[G] });
      }, l = () => {
        this.off("error", h), this.off("data", a), this.off(E, c), e(), n({ done: true, value: void 0 });
      }, c = () => h(new Error("stream destroyed"));
      return new Promise((f, u) => {
        o = u, n = f, this.once(E, c), this.once("error", h), this.once("end", l), this.once("data", a);
      });
    }, throw: e, return: e, [Symbol.asyncIterator]() {
      return this;
    }, [Symbol.asyncDispose]: async () => {
    } };
  }
  [Symbol.iterator]() {
    this[_] = false;
    let t = false, e = () => (this.pause(), this.off(Ae, e), this.off(E, e), this.off("end", e), t = true, { done: true, value: void 0 }), s = () => {
      if (t) return e();
      let i = this.read();
      return i === null ? e() : { done: false, value: i };
    };
    return this.once("end", e), this.once(Ae, e), this.once(E, e), { next: s, throw: e, return: e, [Symbol.iterator]() {
      return this;
    }, [Symbol.dispose]: () => {
    } };
  }
  destroy(t) {
    if (this[E]) return t ? this.emit("error", t) : this.emit(E), this;
    this[E] = true, this[_] = true, this[C].length = 0, this[A] = 0;
    let e = this;
    return typeof e.close == "function" && !this[$t] && e.close(), t ? this.emit("error", t) : this.emit(E), this;
  }
  static get isStream() {
    return Li;
  }
};
var tn = Zi.native;
var Ct = { lstatSync: Xi, readdir: Vi, readdirSync: Yi, readlinkSync: Ji, realpathSync: tn, promises: { lstat: en, readdir: sn, readlink: nn, realpath: rn } };
var Cs = (r7) => !r7 || r7 === Ct || r7 === Qi ? Ct : { ...Ct, ...r7, promises: { ...Ct.promises, ...r7.promises } };
var on = /^\\\\\?\\([a-z]:)\\?$/i;
var hn = /^\\\\\?\\UNC\\([^\\]+\\[^\\]+)\\?$/i;
var an = /^\\\\[^\\?]+\\[^\\]+$/;
var Ss = (r7) => r7.replace(/\//g, "\\").replace(on, "$1\\").replace(hn, "\\\\$1\\").replace(an, "$&\\");
var ln = /^[\\/]{2}\?[\\/]unc[\\/][^\\/]+[\\/][^\\/]+(?:[\\/]|$)/i;
var cn = /^[\\/]{2}\?[\\/](?=[a-z]:)/i;
var fn = /^[\\/]{2}\?[\\/]unc(?=[\\/][^\\/]+[\\/][^\\/])/i;
var un = /[\\/]/;
var P = 0;
var As = 1;
var Ms = 2;
var I = 4;
var Rs = 6;
var Os = 8;
var tt = 10;
var Fs = 12;
var N = 15;
var kt = ~N;
var _e = 16;
var xs = 32;
var At = 64;
var L = 128;
var Ht = 256;
var Kt = 512;
var vs = At | L | Kt;
var dn = 1023;
var De = (r7) => r7.isFile() ? Os : r7.isDirectory() ? I : r7.isSymbolicLink() ? tt : r7.isCharacterDevice() ? Ms : r7.isBlockDevice() ? Rs : r7.isSocket() ? Fs : r7.isFIFO() ? As : P;
var Es = new yt({ max: 2 ** 12 });
var Mt = (r7) => {
  let t = Es.get(r7);
  if (t) return t;
  let e = r7.normalize("NFKD");
  return Es.set(r7, e), e;
};
var ks = new yt({ max: 2 ** 12 });
var qt = (r7) => {
  let t = ks.get(r7);
  if (t) return t;
  let e = Mt(r7.toLowerCase());
  return ks.set(r7, e), e;
};
var Xt = class extends yt {
  constructor() {
    super({ max: 256 });
  }
};
var Pe = class extends yt {
  constructor(t = 16 * 1024) {
    super({ maxSize: t, sizeCalculation: (e) => e.length + 1 });
  }
};
var Ts = /* @__PURE__ */ Symbol("PathScurry setAsCwd");
var O = class {
  name;
  root;
  roots;
  parent;
  nocase;
  isCWD = false;
  #t;
  #n;
  get dev() {
    return this.#n;
  }
  #i;
  get mode() {
    return this.#i;
  }
  #o;
  get nlink() {
    return this.#o;
  }
  #r;
  get uid() {
    return this.#r;
  }
  #d;
  get gid() {
    return this.#d;
  }
  #u;
  get rdev() {
    return this.#u;
  }
  #f;
  get blksize() {
    return this.#f;
  }
  #h;
  get ino() {
    return this.#h;
  }
  #m;
  get size() {
    return this.#m;
  }
  #l;
  get blocks() {
    return this.#l;
  }
  #a;
  get atimeMs() {
    return this.#a;
  }
  #s;
  get mtimeMs() {
    return this.#s;
  }
  #b;
  get ctimeMs() {
    return this.#b;
  }
  #E;
  get birthtimeMs() {
    return this.#E;
  }
  #y;
  get atime() {
    return this.#y;
  }
  #g;
  get mtime() {
    return this.#g;
  }
  #w;
  get ctime() {
    return this.#w;
  }
  #p;
  get birthtime() {
    return this.#p;
  }
  #k;
  #C;
  #x;
  #v;
  #S;
  #M;
  #e;
  #T;
  #_;
  #R;
  get parentPath() {
    return (this.parent || this).fullpath();
  }
  get path() {
    return this.parentPath;
  }
  constructor(t, e = P, s, i, n, o, h) {
    this.name = t, this.#k = n ? qt(t) : Mt(t), this.#e = e & dn, this.nocase = n, this.roots = i, this.root = s || this, this.#T = o, this.#x = h.fullpath, this.#S = h.relative, this.#M = h.relativePosix, this.parent = h.parent, this.parent ? this.#t = this.parent.#t : this.#t = Cs(h.fs);
  }
  get fs() {
    return this.#t;
  }
  depth() {
    return this.#C !== void 0 ? this.#C : this.parent ? this.#C = this.parent.depth() + 1 : this.#C = 0;
  }
  childrenCache() {
    return this.#T;
  }
  resolve(t) {
    if (!t) return this;
    let e = this.getRootString(t), i = t.substring(e.length).split(this.splitSep);
    return e ? this.getRoot(e).#D(i) : this.#D(i);
  }
  #D(t) {
    let e = this;
    for (let s of t) e = e.child(s);
    return e;
  }
  children() {
    let t = this.#T.get(this);
    if (t) return t;
    let e = Object.assign([], { provisional: 0 });
    return this.#T.set(this, e), this.#e &= ~_e, e;
  }
  child(t, e) {
    if (t === "" || t === ".") return this;
    if (t === "..") return this.parent || this;
    let s = this.children(), i = this.nocase ? qt(t) : Mt(t);
    for (let a of s) if (a.#k === i) return a;
    let n = this.parent ? this.sep : "", o = this.#x ? this.#x + n + t : void 0, h = this.newChild(t, P, { ...e, parent: this, fullpath: o });
    return this.canReaddir() || (h.#e |= L), s.push(h), h;
  }
  relative() {
    if (this.isCWD) return "";
    if (this.#S !== void 0) return this.#S;
    let t = this.name, e = this.parent;
    if (!e) return this.#S = this.name;
    let s = e.relative();
    return s + (!s || !e.parent ? "" : this.sep) + t;
  }
  relativePosix() {
    if (this.sep === "/") return this.relative();
    if (this.isCWD) return "";
    if (this.#M !== void 0) return this.#M;
    let t = this.name, e = this.parent;
    if (!e) return this.#M = this.fullpathPosix();
    let s = e.relativePosix();
    return s + (!s || !e.parent ? "" : "/") + t;
  }
  fullpath() {
    if (this.#x !== void 0) return this.#x;
    let t = this.name, e = this.parent;
    if (!e) return this.#x = this.name;
    let i = e.fullpath() + (e.parent ? this.sep : "") + t;
    return this.#x = i;
  }
  fullpathPosix() {
    if (this.#v !== void 0) return this.#v;
    if (this.sep === "/") return this.#v = this.fullpath();
    if (!this.parent) {
      let i = this.fullpath().replace(/\\/g, "/");
      return /^[a-z]:\//i.test(i) ? this.#v = `//?/${i}` : this.#v = i;
    }
    let t = this.parent, e = t.fullpathPosix(), s = e + (!e || !t.parent ? "" : "/") + this.name;
    return this.#v = s;
  }
  isUnknown() {
    return (this.#e & N) === P;
  }
  isType(t) {
    return this[`is${t}`]();
  }
  getType() {
    return this.isUnknown() ? "Unknown" : this.isDirectory() ? "Directory" : this.isFile() ? "File" : this.isSymbolicLink() ? "SymbolicLink" : this.isFIFO() ? "FIFO" : this.isCharacterDevice() ? "CharacterDevice" : this.isBlockDevice() ? "BlockDevice" : this.isSocket() ? "Socket" : "Unknown";
  }
  isFile() {
    return (this.#e & N) === Os;
  }
  isDirectory() {
    return (this.#e & N) === I;
  }
  isCharacterDevice() {
    return (this.#e & N) === Ms;
  }
  isBlockDevice() {
    return (this.#e & N) === Rs;
  }
  isFIFO() {
    return (this.#e & N) === As;
  }
  isSocket() {
    return (this.#e & N) === Fs;
  }
  isSymbolicLink() {
    return (this.#e & tt) === tt;
  }
  lstatCached() {
    return this.#e & xs ? this : void 0;
  }
  readlinkCached() {
    return this.#_;
  }
  realpathCached() {
    return this.#R;
  }
  readdirCached() {
    let t = this.children();
    return t.slice(0, t.provisional);
  }
  canReadlink() {
    if (this.#_) return true;
    if (!this.parent) return false;
    let t = this.#e & N;
    return !(t !== P && t !== tt || this.#e & Ht || this.#e & L);
  }
  calledReaddir() {
    return !!(this.#e & _e);
  }
  isENOENT() {
    return !!(this.#e & L);
  }
  isNamed(t) {
    return this.nocase ? this.#k === qt(t) : this.#k === Mt(t);
  }
  async readlink() {
    let t = this.#_;
    if (t) return t;
    if (this.canReadlink() && this.parent) try {
      let e = await this.#t.promises.readlink(this.fullpath()), s = (await this.parent.realpath())?.resolve(e);
      if (s) return this.#_ = s;
    } catch (e) {
      this.#F(e.code);
      return;
    }
  }
  readlinkSync() {
    let t = this.#_;
    if (t) return t;
    if (this.canReadlink() && this.parent) try {
      let e = this.#t.readlinkSync(this.fullpath()), s = this.parent.realpathSync()?.resolve(e);
      if (s) return this.#_ = s;
    } catch (e) {
      this.#F(e.code);
      return;
    }
  }
  #W(t) {
    this.#e |= _e;
    for (let e = t.provisional; e < t.length; e++) {
      let s = t[e];
      s && s.#A();
    }
  }
  #A() {
    this.#e & L || (this.#e = (this.#e | L) & kt, this.#G());
  }
  #G() {
    let t = this.children();
    t.provisional = 0;
    for (let e of t) e.#A();
  }
  #P() {
    this.#e |= Kt, this.#N();
  }
  #N() {
    if (this.#e & At) return;
    let t = this.#e;
    (t & N) === I && (t &= kt), this.#e = t | At, this.#G();
  }
  #$(t = "") {
    t === "ENOTDIR" || t === "EPERM" ? this.#N() : t === "ENOENT" ? this.#A() : this.children().provisional = 0;
  }
  #O(t = "") {
    t === "ENOTDIR" ? this.parent.#N() : t === "ENOENT" && this.#A();
  }
  #F(t = "") {
    let e = this.#e;
    e |= Ht, t === "ENOENT" && (e |= L), (t === "EINVAL" || t === "UNKNOWN") && (e &= kt), this.#e = e, t === "ENOTDIR" && this.parent && this.parent.#N();
  }
  #I(t, e) {
    return this.#U(t, e) || this.#z(t, e);
  }
  #z(t, e) {
    let s = De(t), i = this.newChild(t.name, s, { parent: this }), n = i.#e & N;
    return n !== I && n !== tt && n !== P && (i.#e |= At), e.unshift(i), e.provisional++, i;
  }
  #U(t, e) {
    for (let s = e.provisional; s < e.length; s++) {
      let i = e[s];
      if ((this.nocase ? qt(t.name) : Mt(t.name)) === i.#k) return this.#V(t, i, s, e);
    }
  }
  #V(t, e, s, i) {
    let n = e.name;
    return e.#e = e.#e & kt | De(t), n !== t.name && (e.name = t.name), s !== i.provisional && (s === i.length - 1 ? i.pop() : i.splice(s, 1), i.unshift(e)), i.provisional++, e;
  }
  async lstat() {
    if ((this.#e & L) === 0) try {
      return this.#H(await this.#t.promises.lstat(this.fullpath())), this;
    } catch (t) {
      this.#O(t.code);
    }
  }
  lstatSync() {
    if ((this.#e & L) === 0) try {
      return this.#H(this.#t.lstatSync(this.fullpath())), this;
    } catch (t) {
      this.#O(t.code);
    }
  }
  #H(t) {
    let { atime: e, atimeMs: s, birthtime: i, birthtimeMs: n, blksize: o, blocks: h, ctime: a, ctimeMs: l, dev: c, gid: f, ino: u, mode: p, mtime: g, mtimeMs: d, nlink: w, rdev: m, size: b, uid: x } = t;
    this.#y = e, this.#a = s, this.#p = i, this.#E = n, this.#f = o, this.#l = h, this.#w = a, this.#b = l, this.#n = c, this.#d = f, this.#h = u, this.#i = p, this.#g = g, this.#s = d, this.#o = w, this.#u = m, this.#m = b, this.#r = x;
    let S = De(t);
    this.#e = this.#e & kt | S | xs, S !== P && S !== I && S !== tt && (this.#e |= At);
  }
  #L = [];
  #c = false;
  #q(t) {
    this.#c = false;
    let e = this.#L.slice();
    this.#L.length = 0, e.forEach((s) => s(null, t));
  }
  readdirCB(t, e = false) {
    if (!this.canReaddir()) {
      e ? t(null, []) : queueMicrotask(() => t(null, []));
      return;
    }
    let s = this.children();
    if (this.calledReaddir()) {
      let n = s.slice(0, s.provisional);
      e ? t(null, n) : queueMicrotask(() => t(null, n));
      return;
    }
    if (this.#L.push(t), this.#c) return;
    this.#c = true;
    let i = this.fullpath();
    this.#t.readdir(i, { withFileTypes: true }, (n, o) => {
      if (n) this.#$(n.code), s.provisional = 0;
      else {
        for (let h of o) this.#I(h, s);
        this.#W(s);
      }
      this.#q(s.slice(0, s.provisional));
    });
  }
  #B;
  async readdir() {
    if (!this.canReaddir()) return [];
    let t = this.children();
    if (this.calledReaddir()) return t.slice(0, t.provisional);
    let e = this.fullpath();
    if (this.#B) await this.#B;
    else {
      let s = () => {
      };
      this.#B = new Promise((i) => s = i);
      try {
        for (let i of await this.#t.promises.readdir(e, { withFileTypes: true })) this.#I(i, t);
        this.#W(t);
      } catch (i) {
        this.#$(i.code), t.provisional = 0;
      }
      this.#B = void 0, s();
    }
    return t.slice(0, t.provisional);
  }
  readdirSync() {
    if (!this.canReaddir()) return [];
    let t = this.children();
    if (this.calledReaddir()) return t.slice(0, t.provisional);
    let e = this.fullpath();
    try {
      for (let s of this.#t.readdirSync(e, { withFileTypes: true })) this.#I(s, t);
      this.#W(t);
    } catch (s) {
      this.#$(s.code), t.provisional = 0;
    }
    return t.slice(0, t.provisional);
  }
  canReaddir() {
    if (this.#e & vs) return false;
    let t = N & this.#e;
    return t === P || t === I || t === tt;
  }
  shouldWalk(t, e) {
    return (this.#e & I) === I && !(this.#e & vs) && !t.has(this) && (!e || e(this));
  }
  async realpath() {
    if (this.#R) return this.#R;
    if (!((Kt | Ht | L) & this.#e)) try {
      let t = await this.#t.promises.realpath(this.fullpath());
      return this.#R = this.resolve(t);
    } catch {
      this.#P();
    }
  }
  realpathSync() {
    if (this.#R) return this.#R;
    if (!((Kt | Ht | L) & this.#e)) try {
      let t = this.#t.realpathSync(this.fullpath());
      return this.#R = this.resolve(t);
    } catch {
      this.#P();
    }
  }
  [Ts](t) {
    if (t === this) return;
    t.isCWD = false, this.isCWD = true;
    let e = /* @__PURE__ */ new Set([]), s = [], i = this;
    for (; i && i.parent; ) e.add(i), i.#S = s.join(this.sep), i.#M = s.join("/"), i = i.parent, s.push("..");
    for (i = t; i && i.parent && !e.has(i); ) i.#S = void 0, i.#M = void 0, i = i.parent;
  }
};
var Vt = class r extends O {
  sep = "\\";
  splitSep = un;
  constructor(t, e = P, s, i, n, o, h) {
    super(t, e, s, i, n, o, h);
  }
  newChild(t, e = P, s = {}) {
    return new r(t, e, this.root, this.roots, this.nocase, this.childrenCache(), s);
  }
  getRootString(t) {
    return ln.exec(t)?.[0] ?? Ne.parse(t).root;
  }
  getRoot(t) {
    if (t = Ss(t.toUpperCase()), t === this.root.name || /^[\\/]$/.test(t)) return this.root;
    for (let [e, s] of Object.entries(this.roots)) if (this.sameRoot(t, e)) return this.roots[t] = s;
    return this.roots[t] = new ot(t, { nocase: this.nocase, fs: this.fs }).root;
  }
  sameRoot(t, e = this.root.name) {
    return Ss(t.toUpperCase()) === e;
  }
};
var Yt = class r2 extends O {
  splitSep = "/";
  sep = "/";
  constructor(t, e = P, s, i, n, o, h) {
    super(t, e, s, i, n, o, h);
  }
  getRootString(t) {
    return t.startsWith("/") ? "/" : "";
  }
  getRoot(t) {
    return this.root;
  }
  newChild(t, e = P, s = {}) {
    return new r2(t, e, this.root, this.roots, this.nocase, this.childrenCache(), s);
  }
};
var Jt = class {
  root;
  rootPath;
  roots;
  cwd;
  #t;
  #n;
  #i;
  nocase;
  #o;
  constructor(t = process.cwd(), e, s, { nocase: i, childrenCacheSize: n = 16 * 1024, fs: o = Ct } = {}) {
    this.#o = Cs(o), (t instanceof URL || t.startsWith("file://")) && (t = Ki(t));
    let h = e.resolve(t);
    this.roots = /* @__PURE__ */ Object.create(null), this.rootPath = this.parseRootPath(h), this.#t = new Xt(), this.#n = new Xt(), this.#i = new Pe(n);
    let a = h.substring(this.rootPath.length).split(s);
    if (a.length === 1 && !a[0] && a.pop(), i === void 0) throw new TypeError("must provide nocase setting to PathScurryBase ctor");
    this.nocase = i, this.root = this.newRoot(this.#o), this.roots[this.rootPath] = this.root;
    let l = this.root, c = a.length - 1, f = e.sep, u = this.rootPath, p = false;
    for (let g of a) {
      let d = c--;
      l = l.child(g, { relative: new Array(d).fill("..").join(f), relativePosix: new Array(d).fill("..").join("/"), fullpath: u += (p ? "" : f) + g }), p = true;
    }
    this.cwd = l;
  }
  depth(t = this.cwd) {
    return typeof t == "string" && (t = this.cwd.resolve(t)), t.depth();
  }
  childrenCache() {
    return this.#i;
  }
  resolve(...t) {
    let e = "";
    for (let n = t.length - 1; n >= 0; n--) {
      let o = t[n];
      if (!(!o || o === ".") && (e = e ? `${o}/${e}` : o, this.isAbsolute(o))) break;
    }
    let s = this.#t.get(e);
    if (s !== void 0) return s;
    let i = this.cwd.resolve(e).fullpath();
    return this.#t.set(e, i), i;
  }
  resolvePosix(...t) {
    let e = "";
    for (let n = t.length - 1; n >= 0; n--) {
      let o = t[n];
      if (!(!o || o === ".") && (e = e ? `${o}/${e}` : o, this.isAbsolute(o))) break;
    }
    let s = this.#n.get(e);
    if (s !== void 0) return s;
    let i = this.cwd.resolve(e).fullpathPosix();
    return this.#n.set(e, i), i;
  }
  relative(t = this.cwd) {
    return typeof t == "string" && (t = this.cwd.resolve(t)), t.relative();
  }
  relativePosix(t = this.cwd) {
    return typeof t == "string" && (t = this.cwd.resolve(t)), t.relativePosix();
  }
  basename(t = this.cwd) {
    return typeof t == "string" && (t = this.cwd.resolve(t)), t.name;
  }
  dirname(t = this.cwd) {
    return typeof t == "string" && (t = this.cwd.resolve(t)), (t.parent || t).fullpath();
  }
  async readdir(t = this.cwd, e = { withFileTypes: true }) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd);
    let { withFileTypes: s } = e;
    if (t.canReaddir()) {
      let i = await t.readdir();
      return s ? i : i.map((n) => n.name);
    } else return [];
  }
  readdirSync(t = this.cwd, e = { withFileTypes: true }) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd);
    let { withFileTypes: s = true } = e;
    return t.canReaddir() ? s ? t.readdirSync() : t.readdirSync().map((i) => i.name) : [];
  }
  async lstat(t = this.cwd) {
    return typeof t == "string" && (t = this.cwd.resolve(t)), t.lstat();
  }
  lstatSync(t = this.cwd) {
    return typeof t == "string" && (t = this.cwd.resolve(t)), t.lstatSync();
  }
  async readlink(t = this.cwd, { withFileTypes: e } = { withFileTypes: false }) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t.withFileTypes, t = this.cwd);
    let s = await t.readlink();
    return e ? s : s?.fullpath();
  }
  readlinkSync(t = this.cwd, { withFileTypes: e } = { withFileTypes: false }) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t.withFileTypes, t = this.cwd);
    let s = t.readlinkSync();
    return e ? s : s?.fullpath();
  }
  async realpath(t = this.cwd, { withFileTypes: e } = { withFileTypes: false }) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t.withFileTypes, t = this.cwd);
    let s = await t.realpath();
    return e ? s : s?.fullpath();
  }
  realpathSync(t = this.cwd, { withFileTypes: e } = { withFileTypes: false }) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t.withFileTypes, t = this.cwd);
    let s = t.realpathSync();
    return e ? s : s?.fullpath();
  }
  async walk(t = this.cwd, e = {}) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd);
    let { withFileTypes: s = true, follow: i = false, filter: n, walkFilter: o } = e, h = [];
    (!n || n(t)) && h.push(s ? t : t.fullpath());
    let a = /* @__PURE__ */ new Set(), l = (f, u) => {
      a.add(f), f.readdirCB((p, g) => {
        if (p) return u(p);
        let d = g.length;
        if (!d) return u();
        let w = () => {
          --d === 0 && u();
        };
        for (let m of g) (!n || n(m)) && h.push(s ? m : m.fullpath()), i && m.isSymbolicLink() ? m.realpath().then((b) => b?.isUnknown() ? b.lstat() : b).then((b) => b?.shouldWalk(a, o) ? l(b, w) : w()) : m.shouldWalk(a, o) ? l(m, w) : w();
      }, true);
    }, c = t;
    return new Promise((f, u) => {
      l(c, (p) => {
        if (p) return u(p);
        f(h);
      });
    });
  }
  walkSync(t = this.cwd, e = {}) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd);
    let { withFileTypes: s = true, follow: i = false, filter: n, walkFilter: o } = e, h = [];
    (!n || n(t)) && h.push(s ? t : t.fullpath());
    let a = /* @__PURE__ */ new Set([t]);
    for (let l of a) {
      let c = l.readdirSync();
      for (let f of c) {
        (!n || n(f)) && h.push(s ? f : f.fullpath());
        let u = f;
        if (f.isSymbolicLink()) {
          if (!(i && (u = f.realpathSync()))) continue;
          u.isUnknown() && u.lstatSync();
        }
        u.shouldWalk(a, o) && a.add(u);
      }
    }
    return h;
  }
  [Symbol.asyncIterator]() {
    return this.iterate();
  }
  iterate(t = this.cwd, e = {}) {
    return typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd), this.stream(t, e)[Symbol.asyncIterator]();
  }
  [Symbol.iterator]() {
    return this.iterateSync();
  }
  *iterateSync(t = this.cwd, e = {}) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd);
    let { withFileTypes: s = true, follow: i = false, filter: n, walkFilter: o } = e;
    (!n || n(t)) && (yield s ? t : t.fullpath());
    let h = /* @__PURE__ */ new Set([t]);
    for (let a of h) {
      let l = a.readdirSync();
      for (let c of l) {
        (!n || n(c)) && (yield s ? c : c.fullpath());
        let f = c;
        if (c.isSymbolicLink()) {
          if (!(i && (f = c.realpathSync()))) continue;
          f.isUnknown() && f.lstatSync();
        }
        f.shouldWalk(h, o) && h.add(f);
      }
    }
  }
  stream(t = this.cwd, e = {}) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd);
    let { withFileTypes: s = true, follow: i = false, filter: n, walkFilter: o } = e, h = new J({ objectMode: true });
    (!n || n(t)) && h.write(s ? t : t.fullpath());
    let a = /* @__PURE__ */ new Set(), l = [t], c = 0, f = () => {
      let u = false;
      for (; !u; ) {
        let p = l.shift();
        if (!p) {
          c === 0 && h.end();
          return;
        }
        c++, a.add(p);
        let g = (w, m, b = false) => {
          if (w) return h.emit("error", w);
          if (i && !b) {
            let x = [];
            for (let S of m) S.isSymbolicLink() && x.push(S.realpath().then((y) => y?.isUnknown() ? y.lstat() : y));
            if (x.length) {
              Promise.all(x).then(() => g(null, m, true));
              return;
            }
          }
          for (let x of m) x && (!n || n(x)) && (h.write(s ? x : x.fullpath()) || (u = true));
          c--;
          for (let x of m) {
            let S = x.realpathCached() || x;
            S.shouldWalk(a, o) && l.push(S);
          }
          u && !h.flowing ? h.once("drain", f) : d || f();
        }, d = true;
        p.readdirCB(g, true), d = false;
      }
    };
    return f(), h;
  }
  streamSync(t = this.cwd, e = {}) {
    typeof t == "string" ? t = this.cwd.resolve(t) : t instanceof O || (e = t, t = this.cwd);
    let { withFileTypes: s = true, follow: i = false, filter: n, walkFilter: o } = e, h = new J({ objectMode: true }), a = /* @__PURE__ */ new Set();
    (!n || n(t)) && h.write(s ? t : t.fullpath());
    let l = [t], c = 0, f = () => {
      let u = false;
      for (; !u; ) {
        let p = l.shift();
        if (!p) {
          c === 0 && h.end();
          return;
        }
        c++, a.add(p);
        let g = p.readdirSync();
        for (let d of g) (!n || n(d)) && (h.write(s ? d : d.fullpath()) || (u = true));
        c--;
        for (let d of g) {
          let w = d;
          if (d.isSymbolicLink()) {
            if (!(i && (w = d.realpathSync()))) continue;
            w.isUnknown() && w.lstatSync();
          }
          w.shouldWalk(a, o) && l.push(w);
        }
      }
      u && !h.flowing && h.once("drain", f);
    };
    return f(), h;
  }
  chdir(t = this.cwd) {
    let e = this.cwd;
    this.cwd = typeof t == "string" ? this.cwd.resolve(t) : t, this.cwd[Ts](e);
  }
};
var ot = class extends Jt {
  sep = "\\";
  constructor(t = process.cwd(), e = {}) {
    let { nocase: s = true } = e;
    typeof t == "string" && !t.startsWith("file://") && (t = t.replace(cn, "").replace(fn, "\\")), super(t, Ne, "\\", { ...e, nocase: s }), this.nocase = s;
    for (let i = this.cwd; i; i = i.parent) i.nocase = this.nocase;
  }
  parseRootPath(t) {
    return Ne.parse(t).root.toUpperCase();
  }
  newRoot(t) {
    return new Vt(this.rootPath, I, void 0, this.roots, this.nocase, this.childrenCache(), { fs: t });
  }
  isAbsolute(t) {
    return t.startsWith("/") || t.startsWith("\\") || /^[a-z]:(\/|\\)/i.test(t);
  }
};
var ht = class extends Jt {
  sep = "/";
  constructor(t = process.cwd(), e = {}) {
    let { nocase: s = false } = e;
    super(t, qi, "/", { ...e, nocase: s }), this.nocase = s;
  }
  parseRootPath(t) {
    return "/";
  }
  newRoot(t) {
    return new Yt(this.rootPath, I, void 0, this.roots, this.nocase, this.childrenCache(), { fs: t });
  }
  isAbsolute(t) {
    return t.startsWith("/");
  }
};
var Rt = class extends ht {
  constructor(t = process.cwd(), e = {}) {
    let { nocase: s = true } = e;
    super(t, { ...e, nocase: s });
  }
};
var rr = process.platform === "win32" ? Vt : Yt;
var _s = process.platform === "win32" ? ot : process.platform === "darwin" ? Rt : ht;
var pn = (r7) => r7.length >= 1;
var mn = (r7) => r7.length >= 1;
var gn = /* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom");
var at = class r3 {
  #t;
  #n;
  #i;
  length;
  #o;
  #r;
  #d;
  #u;
  #f;
  #h;
  #m = true;
  constructor(t, e, s, i) {
    if (!pn(t)) throw new TypeError("empty pattern list");
    if (!mn(e)) throw new TypeError("empty glob list");
    if (e.length !== t.length) throw new TypeError("mismatched pattern list and glob list lengths");
    if (this.length = t.length, s < 0 || s >= this.length) throw new TypeError("index out of range");
    if (this.#t = t, this.#n = e, this.#i = s, this.#o = i, this.#i === 0) {
      if (this.isUNC()) {
        let n = this.#l() ? 6 : 4, o = this.#t.slice(0, n), h = this.#n.slice(0, n), a = this.#t.slice(n), l = this.#n.slice(n);
        a[0] === "" && (a.shift(), l.shift());
        let c = [...o, ""].join("/"), f = [...h, ""].join("/");
        this.#t = [c, ...a], this.#n = [f, ...l], this.length = this.#t.length;
      } else if (this.isDrive() || this.isAbsolute()) {
        let [n, ...o] = this.#t, [h, ...a] = this.#n;
        o[0] === "" && (o.shift(), a.shift());
        let l = `${n}/`, c = `${h}/`;
        this.#t = [l, ...o], this.#n = [c, ...a], this.length = this.#t.length;
      }
    }
  }
  [gn]() {
    return `Pattern <${this.#n.slice(this.#i).join("/")}>`;
  }
  pattern() {
    return this.#t[this.#i];
  }
  isString() {
    return typeof this.#t[this.#i] == "string";
  }
  isGlobstar() {
    return this.#t[this.#i] === v;
  }
  isMatcher() {
    return typeof this.#t[this.#i] == "object";
  }
  globString() {
    return this.#d = this.#d || (this.#i === 0 ? this.isAbsolute() ? this.#n[0] + this.#n.slice(1).join("/") : this.#n.join("/") : this.#n.slice(this.#i).join("/"));
  }
  hasMore() {
    return this.length > this.#i + 1;
  }
  rest() {
    return this.#r !== void 0 ? this.#r : this.hasMore() ? (this.#r = new r3(this.#t, this.#n, this.#i + 1, this.#o), this.#r.#h = this.#h, this.#r.#f = this.#f, this.#r.#u = this.#u, this.#r) : this.#r = null;
  }
  #l() {
    let t = this.#t;
    return t[2] === "?" && typeof t[3] == "string" && /^unc$/i.test(t[3]);
  }
  isUNC() {
    let t = this.#t, e = this.#l() ? 4 : 2;
    return this.#f !== void 0 ? this.#f : this.#f = this.#o === "win32" && this.#i === 0 && t[0] === "" && t[1] === "" && typeof t[e] == "string" && !!t[e] && typeof t[e + 1] == "string" && !!t[e + 1];
  }
  isDrive() {
    let t = this.#t;
    return this.#u !== void 0 ? this.#u : this.#u = this.#o === "win32" && this.#i === 0 && this.length > 1 && typeof t[0] == "string" && /^[a-z]:$/i.test(t[0]);
  }
  isAbsolute() {
    let t = this.#t;
    return this.#h !== void 0 ? this.#h : this.#h = t[0] === "" && t.length > 1 || this.isDrive() || this.isUNC();
  }
  root() {
    let t = this.#t[0];
    return typeof t == "string" && this.isAbsolute() && this.#i === 0 ? t : "";
  }
  checkFollowGlobstar() {
    return !(this.#i === 0 || !this.isGlobstar() || !this.#m);
  }
  markFollowGlobstar() {
    return this.#i === 0 || !this.isGlobstar() || !this.#m ? false : (this.#m = false, true);
  }
};
var wn = typeof process == "object" && process && typeof process.platform == "string" ? process.platform : "linux";
var lt = class {
  relative;
  relativeChildren;
  absolute;
  absoluteChildren;
  platform;
  mmopts;
  slashRoot;
  constructor(t, { nobrace: e, nocase: s, noext: i, noglobstar: n, normalize: o, platform: h = wn, root: a, windowsPathsNoEscape: l, allowWindowsEscape: c, braceExpandMax: f = 1e4 }, u) {
    this.relative = [], this.absolute = [], this.relativeChildren = [], this.absoluteChildren = [], this.platform = h, l = !!l || c === false, this.mmopts = { braceExpandMax: f, dot: true, nobrace: e, nocase: s, noext: i, noglobstar: n, normalize: o, optimizationLevel: 2, platform: h, nocomment: true, nonegate: true, windowsPathsNoEscape: l };
    let p = u?.resolve(a ?? "/").fullpath() ?? "/";
    this.slashRoot = K(p.replace(/\\/g, "/").replace(/\/$/, ""), { magicalBraces: true, windowsPathsNoEscape: l });
    for (let g of t) this.add(g);
  }
  add(t) {
    let e = new D(t, this.mmopts);
    for (let s = 0; s < e.set.length; s++) {
      let i = e.set[s], n = e.globParts[s];
      if (!i || !n) throw new Error("invalid pattern object");
      for (; i[0] === "." && n[0] === "."; ) i.shift(), n.shift();
      let o = new at(i, n, 0, this.platform), h = o.root() === "/" ? `${this.slashRoot}/${o.rest()?.globString() ?? ""}` : o.globString(), a = new D(h, this.mmopts), l = n[n.length - 1] === "**", c = o.isAbsolute();
      c ? this.absolute.push(a) : this.relative.push(a), l && (c ? this.absoluteChildren.push(a) : this.relativeChildren.push(a));
    }
  }
  ignored(t) {
    let e = t.fullpath(), s = `${e}/`, i = t.relative() || ".", n = `${i}/`;
    for (let o of this.relative) if (o.match(i) || o.match(n)) return true;
    for (let o of this.absolute) if (o.match(e) || o.match(s)) return true;
    return false;
  }
  childrenIgnored(t) {
    let e = `${t.fullpath()}/`, s = `${t.relative() || "."}/`;
    for (let i of this.relativeChildren) if (i.match(s)) return true;
    for (let i of this.absoluteChildren) if (i.match(e)) return true;
    return false;
  }
};
var ze = class r4 {
  parent;
  store;
  constructor(t) {
    this.parent = t;
  }
  copy() {
    return new r4(this);
  }
  #t(t) {
    let e = this.store?.get(t);
    return e || !this.parent ? e : this.parent.#t(t);
  }
  hasWalked(t, e) {
    return !!this.#t(t.fullpath())?.has(e.globString());
  }
  storeWalked(t, e) {
    let s = t.fullpath(), i = this.#t(s);
    i ? i.add(e.globString()) : (this.store ??= /* @__PURE__ */ new Map()).set(s, /* @__PURE__ */ new Set([e.globString()]));
  }
};
var Ot = class r5 {
  static ABSOLUTE = 2;
  static IF_DIR = 1;
  store = /* @__PURE__ */ new Map();
  add(t, e, s) {
    let i = (e ? r5.ABSOLUTE : 0) | (s ? r5.IF_DIR : 0), n = this.store.get(t);
    this.store.set(t, n === void 0 ? i : i & n);
  }
};
var Le = class {
  store = /* @__PURE__ */ new Map();
  add(t, e) {
    if (!t.canReaddir()) return;
    let s = this.store.get(t);
    s ? s.find((i) => i.globString() === e.globString()) || s.push(e) : this.store.set(t, [e]);
  }
  get(t) {
    let e = this.store.get(t);
    if (!e) throw new Error("attempting to walk unknown path");
    return e;
  }
  entries() {
    return this.keys().map((t) => [t, this.store.get(t)]);
  }
  keys() {
    return [...this.store.keys()].filter((t) => t.canReaddir());
  }
};
var Ft = class r6 {
  hasWalkedCache;
  matches = new Ot();
  subwalks = new Le();
  patterns;
  follow;
  dot;
  opts;
  constructor(t, e) {
    this.opts = t, this.follow = !!t.follow, this.dot = !!t.dot, this.hasWalkedCache = e ? e.copy() : new ze();
  }
  processPatterns(t, e) {
    this.patterns = e;
    let s = e.map((i) => [t, i]);
    for (let [i, n] of s) {
      this.hasWalkedCache.storeWalked(i, n);
      let o = n.root(), h = n.isAbsolute() && this.opts.absolute !== false;
      if (o) {
        i = i.resolve(o === "/" && this.opts.root !== void 0 ? this.opts.root : o);
        let f = n.rest();
        if (f) n = f;
        else {
          this.matches.add(i, true, false);
          continue;
        }
      }
      if (i.isENOENT()) continue;
      let a, l, c = false;
      for (; typeof (a = n.pattern()) == "string" && (l = n.rest()); ) i = i.resolve(a), n = l, c = true;
      if (a = n.pattern(), l = n.rest(), c) {
        if (this.hasWalkedCache.hasWalked(i, n)) continue;
        this.hasWalkedCache.storeWalked(i, n);
      }
      if (typeof a == "string") {
        let f = a === ".." || a === "" || a === ".";
        this.matches.add(i.resolve(a), h, f);
        continue;
      } else if (a === v) {
        (!i.isSymbolicLink() || this.follow || n.checkFollowGlobstar()) && this.subwalks.add(i, n);
        let f = l?.pattern(), u = l?.rest();
        if (!l || (f === "" || f === ".") && !u) this.matches.add(i, h, f === "" || f === ".");
        else if (f === "..") {
          let p = i.parent || i;
          u ? this.hasWalkedCache.hasWalked(p, u) || this.subwalks.add(p, u) : this.matches.add(p, h, true);
        }
      } else typeof a == "object" && this.subwalks.add(i, n);
    }
    return this;
  }
  subwalkTargets() {
    return this.subwalks.keys();
  }
  child() {
    return new r6(this.opts, this.hasWalkedCache);
  }
  filterEntries(t, e) {
    let s = this.subwalks.get(t), i = this.child();
    for (let n of e) for (let o of s) {
      let h = o.isAbsolute(), a = o.pattern(), l = o.rest();
      a === v ? i.testGlobstar(n, o, l, h) : typeof a == "object" ? i.testMatcher(n, a, l, h) : i.testString(n, a, l, h);
    }
    return i;
  }
  testGlobstar(t, e, s, i) {
    if ((this.dot || !t.name.startsWith(".")) && (e.hasMore() || this.matches.add(t, i, false), t.canReaddir() && (this.follow || !t.isSymbolicLink() ? this.subwalks.add(t, e) : t.isSymbolicLink() && (s && e.checkFollowGlobstar() ? this.subwalks.add(t, s) : e.markFollowGlobstar() && this.subwalks.add(t, e)))), s) {
      let n = s.pattern();
      if (typeof n == "string" && n !== ".." && n !== "" && n !== ".") this.testString(t, n, s.rest(), i);
      else if (n === "..") {
        let o = t.parent || t;
        this.subwalks.add(o, s);
      } else typeof n == "object" && this.testMatcher(t, n, s.rest(), i);
    }
  }
  testMatcher(t, e, s, i) {
    e.testUnchecked(t.name) && (s ? this.subwalks.add(t, s) : this.matches.add(t, i, false));
  }
  testString(t, e, s, i) {
    t.isNamed(e) && (s ? this.subwalks.add(t, s) : this.matches.add(t, i, false));
  }
};
var { ABSOLUTE: Zt, IF_DIR: Qt } = Ot;
var bn = (r7, t, e) => typeof r7 == "string" ? new lt([r7], t, e) : Array.isArray(r7) ? new lt(r7, t, e) : r7;
var te = class {
  path;
  patterns;
  opts;
  seen = /* @__PURE__ */ new Set();
  paused = false;
  aborted = false;
  #t = [];
  #n;
  #i;
  signal;
  maxDepth;
  includeChildMatches;
  constructor(t, e, s) {
    if (this.patterns = t, this.path = e, this.opts = s, this.#i = !s.posix && s.platform === "win32" ? "\\" : "/", this.includeChildMatches = s.includeChildMatches !== false, (s.ignore || !this.includeChildMatches) && (this.#n = bn(s.ignore ?? [], s, e), !this.includeChildMatches && typeof this.#n.add != "function")) {
      let i = "cannot ignore child matches, ignore lacks add() method.";
      throw new Error(i);
    }
    this.maxDepth = s.maxDepth || 1 / 0, s.signal && (this.signal = s.signal, this.signal.addEventListener("abort", () => {
      this.#t.length = 0;
    }));
  }
  #o(t) {
    return this.seen.has(t) || !!this.#n?.ignored?.(t);
  }
  #r(t) {
    return !!this.#n?.childrenIgnored?.(t);
  }
  pause() {
    this.paused = true;
  }
  resume() {
    if (this.signal?.aborted) return;
    this.paused = false;
    let t;
    for (; !this.paused && (t = this.#t.shift()); ) t();
  }
  onResume(t) {
    this.paused ? this.#t.push(t) : t();
  }
  async matchCheck(t, e) {
    if (e && this.opts.nodir) return;
    let s, i;
    if (this.opts.realpath) {
      if (s = t.realpathCached() || await t.realpath(), !s) return;
      i = s;
    } else i = t;
    let o = i.isUnknown() || this.opts.stat ? await i.lstat() : i;
    if (this.opts.follow && this.opts.nodir && o?.isSymbolicLink()) {
      let h = await o.realpath();
      h && (h.isUnknown() || this.opts.stat) && await h.lstat();
    }
    return this.matchCheckTest(o, e);
  }
  matchCheckTest(t, e) {
    return t && (this.maxDepth === 1 / 0 || t.depth() <= this.maxDepth) && (!e || t.canReaddir()) && (!this.opts.nodir || !t.isDirectory()) && (!this.opts.nodir || !this.opts.follow || !t.isSymbolicLink() || !t.realpathCached()?.isDirectory()) && !this.#o(t) ? t : void 0;
  }
  matchCheckSync(t, e) {
    if (e && this.opts.nodir) return;
    let s, i;
    if (this.opts.realpath) {
      if (s = t.realpathCached() || t.realpathSync(), !s) return;
      i = s;
    } else i = t;
    let o = i.isUnknown() || this.opts.stat ? i.lstatSync() : i;
    if (this.opts.follow && this.opts.nodir && o?.isSymbolicLink()) {
      let h = o.realpathSync();
      h && (h?.isUnknown() || this.opts.stat) && h.lstatSync();
    }
    return this.matchCheckTest(o, e);
  }
  matchFinish(t, e) {
    this.#o(t) || this.#d(t, e);
  }
  #d(t, e) {
    if (!this.includeChildMatches && this.#n?.add) {
      let n = `${t.relativePosix()}/**`;
      this.#n.add(n);
    }
    let s = this.opts.absolute === void 0 ? e : this.opts.absolute;
    this.seen.add(t);
    let i = this.opts.mark && t.isDirectory() ? this.#i : "";
    if (this.opts.withFileTypes) this.matchEmit(t);
    else if (s) {
      let n = this.opts.posix ? t.fullpathPosix() : t.fullpath();
      this.matchEmit(n + i);
    } else {
      let n = this.opts.posix ? t.relativePosix() : t.relative(), o = this.opts.dotRelative && !n.startsWith(`..${this.#i}`) ? `.${this.#i}` : "";
      this.matchEmit(n ? o + n + i : `.${i}`);
    }
  }
  async match(t, e, s) {
    let i = await this.matchCheck(t, s);
    i && this.matchFinish(i, e);
  }
  matchSync(t, e, s) {
    let i = this.matchCheckSync(t, s);
    i && this.#d(i, e);
  }
  walkCB(t, e, s) {
    if (this.signal?.aborted) return s();
    this.walkCB2(t, e, new Ft(this.opts), s);
  }
  walkCB2(t, e, s, i) {
    if (this.#r(t) || this.signal?.aborted) return i();
    if (this.paused) {
      this.onResume(() => this.walkCB2(t, e, s, i));
      return;
    }
    s.processPatterns(t, e);
    let n = 1, o = () => {
      --n === 0 && i();
    };
    for (let [h, a] of s.matches.store) this.#o(h) || (n++, this.match(h, !!(a & Zt), !!(a & Qt)).then(() => o()));
    for (let h of s.subwalkTargets()) {
      if (this.maxDepth !== 1 / 0 && h.depth() >= this.maxDepth) continue;
      n++;
      let a = h.readdirCached();
      h.calledReaddir() ? this.walkCB3(h, a, s, o) : h.readdirCB((l, c) => this.walkCB3(h, c, s, o), true);
    }
    o();
  }
  walkCB3(t, e, s, i) {
    let n = s.filterEntries(t, e), o = 1, h = () => {
      --o === 0 && i();
    };
    for (let [a, l] of n.matches.store) this.#o(a) || (o++, this.match(a, !!(l & Zt), !!(l & Qt)).then(() => h()));
    for (let [a, l] of n.subwalks.entries()) o++, this.walkCB2(a, l, n.child(), h);
    h();
  }
  walkCBSync(t, e, s) {
    if (this.signal?.aborted) return s();
    this.walkCB2Sync(t, e, new Ft(this.opts), s);
  }
  walkCB2Sync(t, e, s, i) {
    if (this.#r(t) || this.signal?.aborted) return i();
    if (this.paused) {
      this.onResume(() => this.walkCB2Sync(t, e, s, i));
      return;
    }
    s.processPatterns(t, e);
    let n = 1, o = () => {
      --n === 0 && i();
    };
    for (let [h, a] of s.matches.store) this.#o(h) || this.matchSync(h, !!(a & Zt), !!(a & Qt));
    for (let h of s.subwalkTargets()) {
      if (this.maxDepth !== 1 / 0 && h.depth() >= this.maxDepth) continue;
      n++;
      let a = h.readdirSync();
      this.walkCB3Sync(h, a, s, o);
    }
    o();
  }
  walkCB3Sync(t, e, s, i) {
    let n = s.filterEntries(t, e), o = 1, h = () => {
      --o === 0 && i();
    };
    for (let [a, l] of n.matches.store) this.#o(a) || this.matchSync(a, !!(l & Zt), !!(l & Qt));
    for (let [a, l] of n.subwalks.entries()) o++, this.walkCB2Sync(a, l, n.child(), h);
    h();
  }
};
var Tt = class extends te {
  matches = [];
  constructor(t, e, s) {
    super(t, e, s);
  }
  matchEmit(t) {
    this.matches.push(t);
  }
  async walk() {
    if (this.signal?.aborted) throw this.signal.reason;
    return this.path.isUnknown() && await this.path.lstat(), await new Promise((t, e) => {
      this.walkCB(this.path, this.patterns, () => {
        this.signal?.aborted ? e(this.signal.reason) : t(this.matches);
      });
    }), this.matches;
  }
  walkSync() {
    if (this.signal?.aborted) throw this.signal.reason;
    return this.path.isUnknown() && this.path.lstatSync(), this.walkCBSync(this.path, this.patterns, () => {
      if (this.signal?.aborted) throw this.signal.reason;
    }), this.matches;
  }
};
var _t = class extends te {
  results;
  constructor(t, e, s) {
    super(t, e, s), this.results = new J({ signal: this.signal, objectMode: true }), this.results.on("drain", () => this.resume()), this.results.on("resume", () => this.resume());
  }
  matchEmit(t) {
    this.results.write(t), this.results.flowing || this.pause();
  }
  stream() {
    let t = this.path;
    return t.isUnknown() ? t.lstat().then(() => {
      this.walkCB(t, this.patterns, () => this.results.end());
    }) : this.walkCB(t, this.patterns, () => this.results.end()), this.results;
  }
  streamSync() {
    return this.path.isUnknown() && this.path.lstatSync(), this.walkCBSync(this.path, this.patterns, () => this.results.end()), this.results;
  }
};
var Sn = typeof process == "object" && process && typeof process.platform == "string" ? process.platform : "linux";
var j = class {
  absolute;
  cwd;
  root;
  dot;
  dotRelative;
  follow;
  ignore;
  magicalBraces;
  mark;
  matchBase;
  maxDepth;
  nobrace;
  nocase;
  nodir;
  noext;
  noglobstar;
  pattern;
  platform;
  realpath;
  scurry;
  stat;
  signal;
  windowsPathsNoEscape;
  withFileTypes;
  includeChildMatches;
  opts;
  patterns;
  constructor(t, e) {
    if (!e) throw new TypeError("glob options required");
    if (this.withFileTypes = !!e.withFileTypes, this.signal = e.signal, this.follow = !!e.follow, this.dot = !!e.dot, this.dotRelative = !!e.dotRelative, this.nodir = !!e.nodir, this.mark = !!e.mark, e.cwd ? (e.cwd instanceof URL || e.cwd.startsWith("file://")) && (e.cwd = yn(e.cwd)) : this.cwd = "", this.cwd = e.cwd || "", this.root = e.root, this.magicalBraces = !!e.magicalBraces, this.nobrace = !!e.nobrace, this.noext = !!e.noext, this.realpath = !!e.realpath, this.absolute = e.absolute, this.includeChildMatches = e.includeChildMatches !== false, this.noglobstar = !!e.noglobstar, this.matchBase = !!e.matchBase, this.maxDepth = typeof e.maxDepth == "number" ? e.maxDepth : 1 / 0, this.stat = !!e.stat, this.ignore = e.ignore, this.withFileTypes && this.absolute !== void 0) throw new Error("cannot set absolute and withFileTypes:true");
    let s = typeof t == "string" ? [t] : t;
    if (this.windowsPathsNoEscape = !!e.windowsPathsNoEscape || e.allowWindowsEscape === false, this.windowsPathsNoEscape && (s = s.map((l) => l.replace(/\\/g, "/"))), this.matchBase) {
      if (e.noglobstar) throw new TypeError("base matching requires globstar");
      s = s.map((l) => l.includes("/") ? l : `./**/${l}`);
    }
    if (this.pattern = s, this.platform = e.platform || Sn, this.opts = { ...e, platform: this.platform }, e.scurry) {
      if (this.scurry = e.scurry, e.nocase !== void 0 && e.nocase !== e.scurry.nocase) throw new Error("nocase option contradicts provided scurry option");
    } else {
      let l = e.platform === "win32" ? ot : e.platform === "darwin" ? Rt : e.platform ? ht : _s;
      this.scurry = new l(this.cwd, { nocase: e.nocase, fs: e.fs });
    }
    this.nocase = this.scurry.nocase;
    let i = this.platform === "darwin" || this.platform === "win32", n = { braceExpandMax: 1e4, ...e, dot: this.dot, matchBase: this.matchBase, nobrace: this.nobrace, nocase: this.nocase, nocaseMagicOnly: i, nocomment: true, noext: this.noext, nonegate: true, optimizationLevel: 2, platform: this.platform, windowsPathsNoEscape: this.windowsPathsNoEscape }, o = this.pattern.map((l) => new D(l, n)), [h, a] = o.reduce((l, c) => (l[0].push(...c.set), l[1].push(...c.globParts), l), [[], []]);
    this.patterns = h.map((l, c) => {
      let f = a[c];
      if (!f) throw new Error("invalid pattern object");
      return new at(l, f, 0, this.platform);
    });
  }
  async walk() {
    return await new Tt(this.patterns, this.scurry.cwd, { ...this.opts, maxDepth: this.maxDepth !== 1 / 0 ? this.maxDepth + this.scurry.cwd.depth() : 1 / 0, platform: this.platform, nocase: this.nocase, includeChildMatches: this.includeChildMatches }).walk();
  }
  walkSync() {
    return new Tt(this.patterns, this.scurry.cwd, { ...this.opts, maxDepth: this.maxDepth !== 1 / 0 ? this.maxDepth + this.scurry.cwd.depth() : 1 / 0, platform: this.platform, nocase: this.nocase, includeChildMatches: this.includeChildMatches }).walkSync();
  }
  stream() {
    return new _t(this.patterns, this.scurry.cwd, { ...this.opts, maxDepth: this.maxDepth !== 1 / 0 ? this.maxDepth + this.scurry.cwd.depth() : 1 / 0, platform: this.platform, nocase: this.nocase, includeChildMatches: this.includeChildMatches }).stream();
  }
  streamSync() {
    return new _t(this.patterns, this.scurry.cwd, { ...this.opts, maxDepth: this.maxDepth !== 1 / 0 ? this.maxDepth + this.scurry.cwd.depth() : 1 / 0, platform: this.platform, nocase: this.nocase, includeChildMatches: this.includeChildMatches }).streamSync();
  }
  iterateSync() {
    return this.streamSync()[Symbol.iterator]();
  }
  [Symbol.iterator]() {
    return this.iterateSync();
  }
  iterate() {
    return this.stream()[Symbol.asyncIterator]();
  }
  [Symbol.asyncIterator]() {
    return this.iterate();
  }
};
var je = (r7, t = {}) => {
  for (let e of Array.isArray(r7) ? r7 : [r7]) if (new D(e, t).hasMagic()) return true;
  return false;
};
function ee(r7, t = {}) {
  return new j(r7, t).streamSync();
}
function Ps(r7, t = {}) {
  return new j(r7, t).stream();
}
function zs(r7, t = {}) {
  return new j(r7, t).walkSync();
}
async function Ds(r7, t = {}) {
  return new j(r7, t).walk();
}
function se(r7, t = {}) {
  return new j(r7, t).iterateSync();
}
function Ls(r7, t = {}) {
  return new j(r7, t).iterate();
}
var xn = ee;
var vn = Object.assign(Ps, { sync: ee });
var En = se;
var kn = Object.assign(Ls, { sync: se });
var Cn = Object.assign(zs, { stream: ee, iterate: se });
var Ns = Object.assign(Ds, { glob: Ds, globSync: zs, sync: Cn, globStream: Ps, stream: vn, globStreamSync: ee, streamSync: xn, globIterate: Ls, iterate: kn, globIterateSync: se, iterateSync: En, Glob: j, hasMagic: je, escape: K, unescape: st });
Ns.glob = Ns;

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str2) => {
  let begs, beg, left, right = void 0, result;
  let ai2 = str2.indexOf(a);
  let bi2 = str2.indexOf(b, ai2 + 1);
  let i = ai2;
  if (ai2 >= 0 && bi2 > 0) {
    if (a === b) {
      return [ai2, bi2];
    }
    begs = [];
    left = str2.length;
    while (i >= 0 && !result) {
      if (i === ai2) {
        begs.push(i);
        ai2 = str2.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r7 = begs.pop();
        if (r7 !== void 0)
          result = [r7, bi2];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi2;
        }
        bi2 = str2.indexOf(b, i + 1);
      }
      i = ai2 < bi2 && ai2 >= 0 ? ai2 : bi2;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str2) {
  return !isNaN(str2) ? parseInt(str2, 10) : str2.charCodeAt(0);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r7 = range("{", "}", masked);
  const unmatched = r7 !== void 0 && masked.indexOf("{") < r7[0];
  budget.remaining -= r7 && !unmatched ? r7[1] + 1 : str2.length;
  if (!r7 || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r7[1],
    pre: str2.slice(0, r7[0]),
    body: str2.slice(r7[0] + 1, r7[1]),
    post: str2.slice(r7[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at4 = open[i];
    out += masked.slice(last, at4) + "\0";
    last = at4 + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  budget.remaining -= str2.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str2.length - 1; i >= 0; i--) {
    const c = str2.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str2, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str2.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options = {}) {
  if (!str2) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str2.slice(0, 2) === "{}") {
    str2 = "\\{\\}" + str2.slice(2);
  }
  return expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs2 = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v2) => v2);
      vs2 = nonEmpty;
    }
    for (let v2 = 0; v2 < vs2.length; v2++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs2[v2];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N2 = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N2;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N2.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z2 = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z2 + c.slice(1);
          } else {
            c = z2 + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N2.push(c);
    length += c.length;
  }
  return N2;
}
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str2];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str2;
  for (; ; ) {
    const m = balancedWithBudget(str2, masked, budget);
    if (!m) {
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str2 = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str2 = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str2 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j2 = 0; j2 < n.length; j2++) {
        const expanded = expand_(n[j2], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k2 = 0; k2 < expanded.length; k2++) {
          const v2 = expanded[k2];
          if (dropsEmpties && !v2)
            continue;
          if (values.length >= max || valuesLength + v2.length > maxLength) {
            break outer;
          }
          values.push(v2);
          valuesLength += v2.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str2 = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi2 = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi2)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi2--, fixed(zeros, rb));
  if (lo <= hi2) {
    out.push([digit(lo, hi2), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi2 = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi2)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi2 = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi2))
    return;
  if (lo > hi2)
    [lo, hi2] = [hi2, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi2, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi2 >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi2, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re2 = foldCache.get(ch);
  if (!re2) {
    re2 = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re2);
  }
  return re2;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r7 = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r7 && numericRange(r7[1], r7[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re2, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re: re2 });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it2 of items) {
    if (it2.t === "lit") {
      run += it2.ch;
      continue;
    }
    flush();
    out.push(it2.t === "ext" ? { ...it2, alts: it2.alts.map((a) => normalize(a, form)) } : it2);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it2) => item(it2, next2), next);
  const item = (it2, next) => {
    switch (it2.t) {
      case "lit":
        const re2 = nocase ? foldRe(it2.ch) : void 0;
        return { t: "lit", id: id++, ch: it2.ch, re: re2, next };
      case "any":
      case "star":
        return { t: it2.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it2.re, next };
    }
    const alts = (next2) => it2.alts.map((a) => seq(a, next2));
    switch (it2.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it2.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r7) => b.runs.some((o) => o.neg === r7.neg && sameState(o.state, r7.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r7 of state.runs) {
      if (r7.neg === run.neg && sameState(r7.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r7) => `${r7.neg.id}(${stateKey(r7.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key2 = stateKey(state);
    const found = this.#states.get(key2);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key2, d);
    this.#size += key2.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni2 = 0;
  let ci2 = start;
  let starNi = -1;
  let starCi = 0;
  while (ci2 < end) {
    const n = nodes[ni2];
    if (n?.t === "star") {
      starNi = ni2++;
      starCi = ci2;
      continue;
    }
    const c = chars[ci2];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni2++;
      ci2++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni2 = starNi + 1;
    ci2 = ++starCi;
  }
  while (nodes[ni2]?.t === "star")
    ni2++;
  return ni2 === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it2 of items) {
    const [lo, hi2] = itemLengths(it2);
    min += lo;
    max += hi2;
  }
  return [min, max];
};
var itemLengths = (it2) => {
  if (it2.t === "star")
    return [0, Infinity];
  if (it2.t !== "ext")
    return [1, 1];
  if (it2.type === "!")
    return [0, Infinity];
  const alts = it2.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it2.type === "@" ? [min, max] : it2.type === "?" ? [0, max] : it2.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j2 = 0; j2 < lits.length; j2++) {
    if (!litMatch(lits[j2], chars[start + j2]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it2) => it2.t === "lit")) {
      this.#literal = items.map((it2) => it2.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it2) => it2.t !== "lit" ? void 0 : nocase ? { ch: it2.ch, re: foldRe(it2.ch) } : { ch: it2.ch };
      for (const it2 of items) {
        const l = lit2(it2);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j2 = items.length - 1; j2 >= 0; j2--) {
        const l = lit2(items[j2]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str2 = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str2 ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v2) => v2 === void 0 ? 0 : v2 ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k2, i) => [k2, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k2 in o) {
    const v2 = o[k2];
    switch (k2) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v2)
          wpe = true;
        break;
      case AWE_KEY:
        if (v2 === false)
          wpe = true;
        break;
      case "platform": {
        const p = v2 || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v2 === void 0)
          break;
        n += v2 >= 2 ? 1 : v2 >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v2 !== void 0 && v2 !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v2 !== void 0 && v2 !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v2 !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k2) ?? 0) * tri(v2);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k2 in o)
    copy[k2] = o[k2];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key2 = options ? optionsKey(options) : 0;
  let mm = cache.get(key2)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key2)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key2);
  if (!byPattern)
    cache.set(key2, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list2, pattern, options = {}) => orig.match(list2, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list2, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list2 = list2.filter((f) => mm.match(f));
  if (mm.options.nonull && !list2.length) {
    list2.push(pattern);
  }
  return list2;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host2 = p[h];
  const share = p[h + 1];
  return h !== -1 && host2 !== void 0 && host2 !== "" && host2 !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k2 = start; k2 < end; ) {
    if (f.charCodeAt(k2) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k2 + 1) === 46 ? k2 + 2 : k2 + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k2, sep2);
    if (s === -1)
      return false;
    k2 = s + 1;
    while (k2 < end && isSep(f.charCodeAt(k2), sep2))
      k2++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r7) => this.#endCheck && row.length - 1 > drives[r7]);
    this.#literals = this.set.map((row, r7) => {
      const end = this.#endRows[r7] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r7] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r7) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r7] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r7] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r7] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _2, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss2) => this.parse(ss2))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss2) => this.parse(ss2))
          ];
        }
      }
      return s.map((ss2) => this.parse(ss2));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k2 = 0; k2 < row.length; k2++) {
        if (row[k2] === PENDING) {
          row[k2] = this.parse(this.globParts[i][k2]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r7) => r7.length));
      for (let k2 = 0; k2 < len; k2++) {
        const groups = /* @__PURE__ */ new Map();
        const R2 = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k2] instanceof Matcher || row[k2] === PENDING) || !extSafe(this.globParts[i][k2])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key2 = pre[k2] * R2 + suf[k2 + 1];
          const g = groups.get(key2);
          if (g)
            g.push(i);
          else
            groups.set(key2, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k2]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k2] = glob;
          this.set[first][k2] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_2, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_2, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P2 = partIds.size;
    const len = Math.max(0, ...ids.map((r7) => r7.length));
    const keys = ids.map((r7) => ({
      pre: [0],
      suf: new Array(r7.length + 1).fill(0)
    }));
    for (let k2 = 0; k2 < len; k2++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r7, i) => {
        if (k2 >= r7.length)
          return;
        const { pre } = keys[i];
        const key2 = pre[k2] * P2 + r7[k2];
        let id = m.get(key2);
        if (id === void 0)
          m.set(key2, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k2 = len - 1; k2 >= 0; k2--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r7, i) => {
        if (k2 >= r7.length)
          return;
        const { suf } = keys[i];
        const key2 = suf[k2 + 1] * P2 + r7[k2];
        let id = m.get(key2);
        if (id === void 0)
          m.set(key2, id = m.size + 1);
        suf[k2] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j2 = 0; j2 < partset.length; j2++) {
          if (partset[j2] === "**") {
            partset[j2] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs2 = -1;
      while (-1 !== (gs2 = parts.indexOf("**", gs2 + 1))) {
        let i = gs2;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs2) {
          parts.splice(gs2, i - gs2);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r7 = 0; r7 < this.set.length; r7++) {
      const row = this.set[r7];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r7] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j2 = i;
          while (j2 > 0 && isSep(f.charCodeAt(j2 - 1), sep2))
            j2--;
          prevStart = j2 === 0 ? 0 : lastSep(f, j2 - 1, sep2) + 1;
          prev = f.slice(prevStart, j2);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r7]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r7];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k2 = 0; k2 < n; k2++) {
      if (portionMatch(x, file[k2]) && k2 + 1 < n) {
        let i = k2 + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k2], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs2 = -1;
        while (-1 !== (gs2 = parts.indexOf("**", gs2 + 1))) {
          let gss = gs2;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs2) {
            parts.splice(gs2 + 1, gss - gs2);
          }
          let next = parts[gs2 + 1];
          const p = parts[gs2 + 2];
          const p2 = parts[gs2 + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs2, 1);
          const other = parts.slice(0);
          other[gs2] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs2--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key2 = parts.join("/");
      if (keys.has(key2))
        return false;
      keys.add(key2);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host2 = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host2 !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host2.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key2 = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key2];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key2] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs2 = bodySegments[bodyIndex];
    if (!bs2) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs2;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key2 = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key2))
        return false;
      tried.add(key2);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi2;
    let pi2;
    let pl;
    let fl;
    for (fi2 = fileIndex, pi2 = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi2 < fl && pi2 < pl; fi2++, pi2++) {
      let p = pattern[pi2];
      let f = file[fi2];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi2 === fl && pi2 === pl) {
      return true;
    } else if (fi2 === fl) {
      return partial;
    } else if (pi2 === pl) {
      return fi2 === fl - 1 && file[fi2] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi2) => {
      const a = Number(lo);
      const b = Number(hi2);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi2}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r7 = 0; r7 < set.length; r7++) {
      const pattern = set[r7];
      const shape = partial ? void 0 : this.#shapes[r7];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/api/compare.ts
function compareCodePoints(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return surrogateLast(x) - surrogateLast(y);
  }
  return a.length - b.length;
}
function surrogateLast(unit) {
  if (unit >= 57344) return unit - 2048;
  return unit >= 55296 ? unit + 8192 : unit;
}

// src/load/kinds.ts
var APPS_LEGACY = {
  "apps/v1": [void 0, void 0],
  "apps/v1beta2": [void 0, 15],
  "extensions/v1beta1": [void 0, 15]
};
var RBAC = {
  "rbac.authorization.k8s.io/v1": [void 0, void 0],
  "rbac.authorization.k8s.io/v1beta1": [void 0, 21],
  "rbac.authorization.k8s.io/v1alpha1": [void 0, 21]
};
var SERVED = {
  Pod: { v1: [void 0, void 0] },
  ReplicationController: { v1: [void 0, void 0] },
  Deployment: { ...APPS_LEGACY, "apps/v1beta1": [void 0, 15] },
  ReplicaSet: APPS_LEGACY,
  DaemonSet: APPS_LEGACY,
  StatefulSet: { "apps/v1": [void 0, void 0], "apps/v1beta1": [void 0, 15], "apps/v1beta2": [void 0, 15] },
  Job: { "batch/v1": [void 0, void 0] },
  CronJob: { "batch/v1": [21, void 0], "batch/v1beta1": [void 0, 24], "batch/v2alpha1": [void 0, 20] },
  PodSecurityPolicy: { "policy/v1beta1": [void 0, 24], "extensions/v1beta1": [void 0, 15] },
  Role: RBAC,
  ClusterRole: RBAC,
  RoleBinding: RBAC,
  ClusterRoleBinding: RBAC,
  ServiceAccount: { v1: [void 0, void 0] },
  Namespace: { v1: [void 0, void 0] }
};
var WORKLOAD_KINDS = /* @__PURE__ */ new Set([
  "Pod",
  "Deployment",
  "ReplicaSet",
  "StatefulSet",
  "DaemonSet",
  "Job",
  "CronJob",
  "ReplicationController"
]);
var CLUSTER_KINDS = /* @__PURE__ */ new Set([
  "PodSecurityPolicy",
  "Role",
  "ClusterRole",
  "RoleBinding",
  "ClusterRoleBinding",
  "ServiceAccount",
  "Namespace"
]);
function mayHoldClusterState(path6, text) {
  return isKustomizationFileName(path6) || CLUSTER_STATE_WORDS.some((word) => text.includes(word));
}
function isKustomizationFileName(path6) {
  return /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(path6);
}
var CLUSTER_STATE_WORDS = ["Role", "PodSecurityPolicy", "ServiceAccount", "Namespace", "Kustomization", "\\"];
function apiVersionStatus(kind, apiVersion, minor) {
  const range2 = SERVED[kind][apiVersion];
  if (range2 === void 0) return "unknown";
  const [first, last] = range2;
  return (first === void 0 || minor >= first) && (last === void 0 || minor <= last) ? "served" : "not-served";
}
function knownApiVersions(kind) {
  return Object.keys(SERVED[kind]);
}

// src/load/discover.ts
var MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"];
var ALWAYS_IGNORED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules"]);
var STDIN_PATH = "<stdin>";
var toPosix = (file) => file.split(path2.sep).join("/");
async function discoverManifests(paths, options) {
  const files = /* @__PURE__ */ new Set();
  const sources = [];
  const diagnostics = [];
  const ignored = ignoreMatcher(options.ignore);
  for (const given of paths) {
    if (given === "-") {
      const text = options.readStdin ? await options.readStdin() : "";
      sources.push({ path: STDIN_PATH, text, ...options.cluster ? { cluster: true } : {} });
      continue;
    }
    const absolute = path2.resolve(options.cwd, given);
    const info = await stat(absolute).catch(() => void 0);
    if (info === void 0) throw new PathNotFoundError(given);
    if (!info.isDirectory()) {
      files.add(relativeTo(options.cwd, absolute));
      continue;
    }
    const found = await Ns(`**/*{${MANIFEST_EXTENSIONS.join(",")}}`, {
      cwd: absolute,
      ignore: { childrenIgnored: (entry) => ALWAYS_IGNORED_DIRECTORIES.has(entry.name) },
      nodir: true,
      dot: true,
      follow: false,
      absolute: true
    });
    for (const file of found) {
      const relative = relativeTo(options.cwd, file);
      if (!ignored(relative)) files.add(relative);
    }
  }
  for (const file of [...files].sort(compareCodePoints)) {
    const absolute = path2.resolve(options.cwd, file);
    const read2 = readManifest(absolute, file, options.maxFileBytes);
    if (!("text" in read2)) diagnostics.push(read2.diagnostic);
    else if (options.cluster) sources.push({ path: file, text: read2.text, cluster: true });
    else if (options.lazy && !mayHoldClusterState(file, read2.text)) sources.push(lazyManifest(file, { absolute, maxBytes: options.maxFileBytes, bytes: read2.text.length }));
    else sources.push({ path: file, text: read2.text });
  }
  return { sources, diagnostics };
}
function lazyManifest(file, origin) {
  return { path: file, read: () => readManifest(origin.absolute, file, origin.maxBytes), origin };
}
var relativeTo = (cwd, file) => toPosix(path2.relative(cwd, file)) || ".";
function ignoreMatcher(patterns) {
  const matchers = patterns.map((pattern) => new Minimatch(pattern, { dot: true }));
  return (file) => matchers.some((matcher) => matcher.match(file));
}
var PathNotFoundError = class extends Error {
  constructor(given) {
    super(`No such file or directory: ${given}`);
    this.given = given;
  }
  given;
};
function fileDiagnostic(file, message, severity = "error") {
  return { ruleId: "unreadable-file", severity, message, location: { file, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, related: [] };
}
function readManifest(absolute, file, maxBytes) {
  try {
    const info = statSync(absolute);
    if (!info.isFile()) return { diagnostic: fileDiagnostic(file, "Not a regular file (a FIFO, socket or device); it was not read") };
    if (info.size > maxBytes) return { diagnostic: fileDiagnostic(file, `File is ${info.size} bytes, over the limit of ${maxBytes} bytes (--max-file-size); it was not read`) };
    const bytes = readFileSync(absolute);
    return decodeManifest(bytes, file);
  } catch (error) {
    const code = error.code ?? "error";
    return { diagnostic: fileDiagnostic(file, `File could not be read (${code}); it was skipped`) };
  }
}
function decodeManifest(bytes, file) {
  if (bytes[0] === 255 && bytes[1] === 254) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 254 && bytes[1] === 255) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  const body = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? bytes.subarray(3) : bytes;
  if (body.subarray(0, 8192).includes(0)) return { diagnostic: fileDiagnostic(file, "File looks binary (it contains NUL bytes); it was skipped") };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    return { diagnostic: fileDiagnostic(file, "File is not valid UTF-8; it was skipped (kubectl would refuse it too)") };
  }
}

// src/cluster/label-selector.ts
var NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var NAME_PART_HELP = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
function compileLabelSelector(selector) {
  if (selector === void 0) return { valid: true, matches: () => false };
  const problems = [];
  const requirements = [];
  const matchLabels = selector.matchLabels ?? {};
  for (const key2 of Object.keys(matchLabels).sort(compareCodePoints)) {
    const value = matchLabels[key2] ?? "";
    problems.push(...keyProblems(key2, "matchLabels"), ...valueProblems(value, "matchLabels"));
    requirements.push({ key: key2, operator: "In", values: [value] });
  }
  (selector.matchExpressions ?? []).forEach((expression, i) => {
    const path6 = `matchExpressions[${i}]`;
    const values = expression.values ?? [];
    const operator = expression.operator;
    if (operator === "In" || operator === "NotIn") {
      if (values.length === 0) problems.push({ path: `${path6}.values`, detail: "Required value: must be specified when `operator` is 'In' or 'NotIn'" });
    } else if (operator === "Exists" || operator === "DoesNotExist") {
      if (values.length > 0) problems.push({ path: `${path6}.values`, detail: "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'" });
    } else {
      problems.push({ path: `${path6}.operator`, detail: `Invalid value: ${quote(operator ?? "")}: not a valid selector operator` });
    }
    problems.push(...keyProblems(expression.key, `${path6}.key`));
    values.forEach((value, j2) => problems.push(...valueProblems(value, `${path6}.values[${j2}]`)));
    requirements.push({ key: expression.key, operator, values });
  });
  if (problems.length > 0) return { valid: false, problems };
  if (requirements.length === 0) return { valid: true, matches: () => true };
  return { valid: true, matches: (labels) => requirements.every((requirement) => requirementMatches(requirement, labels)) };
}
function requirementMatches(requirement, labels) {
  const present = labels !== void 0 && Object.hasOwn(labels, requirement.key);
  const value = present ? labels[requirement.key] : void 0;
  switch (requirement.operator) {
    case "In":
      return present && requirement.values.includes(value ?? "");
    case "NotIn":
      return !present || !requirement.values.includes(value ?? "");
    case "Exists":
      return present;
    case "DoesNotExist":
      return !present;
  }
}
function keyProblems(key2, path6) {
  const invalid2 = (message) => ({ path: path6, detail: `Invalid value: ${quote(key2)}: ${message}` });
  const parts = key2.split("/");
  if (parts.length > 2) return [invalid2(`a qualified name ${NAME_PART_HELP} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`)];
  const name = parts.length === 2 ? parts[1] ?? "" : key2;
  const problems = [];
  if (parts.length === 2) {
    const prefix2 = parts[0] ?? "";
    if (prefix2.length === 0) problems.push(invalid2("prefix part must be non-empty"));
    else if (prefix2.length > 253) problems.push(invalid2("prefix part must be no more than 253 characters"));
    else if (!DNS1123_SUBDOMAIN.test(prefix2)) {
      problems.push(invalid2("prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"));
    }
  }
  if (name.length === 0) problems.push(invalid2("name part must be non-empty"));
  else if (name.length > 63) problems.push(invalid2("name part must be no more than 63 characters"));
  if (name.length > 0 && !NAME_PART.test(name)) problems.push(invalid2(`name part ${NAME_PART_HELP}`));
  return problems;
}
function valueProblems(value, path6) {
  const problems = [];
  if (value.length > 63) problems.push({ path: path6, detail: `Invalid value: ${quote(value)}: must be no more than 63 characters` });
  if (!LABEL_VALUE.test(value)) problems.push({ path: path6, detail: `Invalid value: ${quote(value)}: a valid label must be an empty string or ${NAME_PART_HELP.slice("must ".length)}` });
  return problems;
}
function quote(value) {
  return JSON.stringify(value);
}

// src/cluster/aggregation.ts
var CYCLE_MESSAGE = "aggregated rules never settle: this role is part of a cycle of aggregated ClusterRoles that keeps reordering its rules; the rule set is complete, its order is arbitrary";
function aggregateClusterRoles(roles) {
  const errors = [];
  const effective2 = /* @__PURE__ */ new Map();
  for (const role of roles) if (role.kind === "ClusterRole") effective2.set(role.metadata.name, role);
  const candidates = [...effective2.values()].sort((a, b) => compareCodePoints(a.metadata.name, b.metadata.name));
  const plans = /* @__PURE__ */ new Map();
  for (const role of candidates) {
    if (role.aggregationRule === void 0) continue;
    const plan = planAggregation(role, candidates, errors);
    if (plan !== void 0) plans.set(role, plan);
  }
  const state = /* @__PURE__ */ new Map();
  for (const role of candidates) state.set(role.metadata.name, plans.has(role) ? [] : toEntries(role.rules));
  const aggregators = candidates.filter((role) => plans.has(role));
  let changed = [];
  for (let round = 0, limit = 2 * aggregators.length + 2; round < limit; round++) {
    changed = [];
    for (const role of aggregators) {
      const next = collect(plans.get(role) ?? [], state);
      if (!sameEntries(next, state.get(role.metadata.name) ?? [])) {
        state.set(role.metadata.name, next);
        changed.push(role.metadata.name);
      }
    }
    if (changed.length === 0) break;
  }
  for (const name of changed) {
    errors.push({ role: name, message: CYCLE_MESSAGE });
  }
  return {
    roles: roles.map((role) => {
      if (!plans.has(role)) return role;
      const copy = structuredClone({ ...role, rules: [] });
      copy.rules = (state.get(role.metadata.name) ?? []).map((entry) => structuredClone(entry.rule));
      return copy;
    }),
    errors
  };
}
function planAggregation(role, candidates, errors) {
  const name = role.metadata.name;
  const selectors = role.aggregationRule?.clusterRoleSelectors ?? [];
  if (selectors.length === 0) {
    errors.push({ role: name, message: "aggregationRule.clusterRoleSelectors: Required value: at least one clusterRoleSelector required if aggregationRule is non-nil" });
    return void 0;
  }
  const plan = [];
  let valid = true;
  selectors.forEach((selector, i) => {
    const compiled = compileLabelSelector(selector);
    if (!compiled.valid) {
      valid = false;
      for (const problem of compiled.problems) {
        errors.push({ role: name, message: `aggregationRule.clusterRoleSelectors[${i}].${problem.path}: ${problem.detail}` });
      }
      return;
    }
    plan.push(candidates.filter((c) => c.metadata.name !== name && compiled.matches(c.metadata.labels)).map((c) => c.metadata.name));
  });
  return valid ? plan : void 0;
}
function collect(plan, state) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const names of plan) {
    for (const name of names) {
      for (const entry of state.get(name) ?? []) {
        if (seen.has(entry.key)) continue;
        seen.add(entry.key);
        out.push(entry);
      }
    }
  }
  return out;
}
function toEntries(rules) {
  return (rules ?? []).map((rule2) => ({ key: ruleKey(rule2), rule: rule2 }));
}
function ruleKey(rule2) {
  return JSON.stringify([rule2.verbs ?? [], rule2.apiGroups ?? [], rule2.resources ?? [], rule2.resourceNames ?? [], rule2.nonResourceURLs ?? []]);
}
function sameEntries(a, b) {
  return a.length === b.length && a.every((entry, i) => entry.key === b[i]?.key);
}

// src/cluster/bootstrap.ts
var BUILTIN_ANNOTATION = "podgate.dev/builtin";
var AGGREGATE_TO_ADMIN = "rbac.authorization.k8s.io/aggregate-to-admin";
var AGGREGATE_TO_EDIT = "rbac.authorization.k8s.io/aggregate-to-edit";
var AGGREGATE_TO_VIEW = "rbac.authorization.k8s.io/aggregate-to-view";
var READ = ["get", "list", "watch"];
var WRITE = ["create", "delete", "deletecollection", "patch", "update"];
function bootstrapRoles() {
  return [
    clusterRole("cluster-admin", {}, [
      { apiGroups: ["*"], resources: ["*"], verbs: ["*"] },
      { nonResourceURLs: ["*"], verbs: ["*"] }
    ]),
    aggregatedRole("admin", {}, AGGREGATE_TO_ADMIN),
    aggregatedRole("edit", { [AGGREGATE_TO_ADMIN]: "true" }, AGGREGATE_TO_EDIT),
    aggregatedRole("view", { [AGGREGATE_TO_EDIT]: "true" }, AGGREGATE_TO_VIEW),
    clusterRole("system:aggregate-to-admin", { [AGGREGATE_TO_ADMIN]: "true" }, [
      { apiGroups: ["authorization.k8s.io"], resources: ["localsubjectaccessreviews"], verbs: ["create"] },
      { apiGroups: ["rbac.authorization.k8s.io"], resources: ["rolebindings", "roles"], verbs: [...WRITE, ...READ].sort() }
    ]),
    clusterRole("system:aggregate-to-edit", { [AGGREGATE_TO_EDIT]: "true" }, [
      { apiGroups: [""], resources: ["pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "secrets", "services/proxy"], verbs: READ },
      { apiGroups: [""], resources: ["serviceaccounts"], verbs: ["impersonate"] },
      { apiGroups: [""], resources: ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"], verbs: WRITE },
      { apiGroups: ["apps"], resources: ["daemonsets", "deployments", "replicasets", "statefulsets"], verbs: WRITE },
      { apiGroups: ["batch"], resources: ["cronjobs", "jobs"], verbs: WRITE },
      { apiGroups: ["policy"], resources: ["poddisruptionbudgets"], verbs: WRITE }
    ]),
    clusterRole("system:aggregate-to-view", { [AGGREGATE_TO_VIEW]: "true" }, [
      { apiGroups: [""], resources: ["configmaps", "endpoints", "persistentvolumeclaims", "pods", "replicationcontrollers", "serviceaccounts", "services"], verbs: READ },
      { apiGroups: ["apps"], resources: ["daemonsets", "deployments", "replicasets", "statefulsets"], verbs: READ },
      { apiGroups: ["batch"], resources: ["cronjobs", "jobs"], verbs: READ },
      { apiGroups: ["policy"], resources: ["poddisruptionbudgets", "poddisruptionbudgets/status"], verbs: READ }
    ])
  ];
}
var OTHER_CLUSTER_ROLES = [
  "system:basic-user",
  "system:discovery",
  "system:public-info-viewer",
  "system:monitoring",
  "system:auth-delegator",
  "system:heapster",
  "system:kube-aggregator",
  "system:kube-controller-manager",
  "system:kube-dns",
  "system:kube-scheduler",
  "system:node",
  "system:node-bootstrapper",
  "system:node-problem-detector",
  "system:node-proxier",
  "system:persistent-volume-provisioner",
  "system:volume-scheduler",
  "system:service-account-issuer-discovery",
  "system:certificates.k8s.io:certificatesigningrequests:nodeclient",
  "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient",
  "system:certificates.k8s.io:kube-apiserver-client-approver",
  "system:certificates.k8s.io:kube-apiserver-client-kubelet-approver",
  "system:certificates.k8s.io:kubelet-serving-approver",
  "system:certificates.k8s.io:legacy-unknown-approver",
  ...[
    "attachdetach-controller",
    "certificate-controller",
    "clusterrole-aggregation-controller",
    "cronjob-controller",
    "daemon-set-controller",
    "deployment-controller",
    "disruption-controller",
    "endpoint-controller",
    "endpointslice-controller",
    "endpointslicemirroring-controller",
    "ephemeral-volume-controller",
    "expand-controller",
    "generic-garbage-collector",
    "horizontal-pod-autoscaler",
    "job-controller",
    "namespace-controller",
    "node-controller",
    "persistent-volume-binder",
    "pod-garbage-collector",
    "pv-protection-controller",
    "pvc-protection-controller",
    "replicaset-controller",
    "replication-controller",
    "resourcequota-controller",
    "root-ca-cert-publisher",
    "route-controller",
    "service-account-controller",
    "service-controller",
    "statefulset-controller",
    "ttl-after-finished-controller",
    "ttl-controller"
  ].map((controller) => `system:controller:${controller}`)
];
var KUBE_SYSTEM_ROLES = [
  "extension-apiserver-authentication-reader",
  "system::leader-locking-kube-controller-manager",
  "system::leader-locking-kube-scheduler",
  "system:controller:bootstrap-signer",
  "system:controller:cloud-provider",
  "system:controller:token-cleaner"
];
function bootstrapRoleNames() {
  return [
    ...OTHER_CLUSTER_ROLES.map((name) => clusterRole(name, {}, [])),
    ...KUBE_SYSTEM_ROLES.map((name) => ({ kind: "Role", metadata: { name, namespace: "kube-system", labels: bootstrapLabels({}), annotations: builtinAnnotations() }, rules: [] })),
    { kind: "Role", metadata: { name: "system:controller:bootstrap-signer", namespace: "kube-public", labels: bootstrapLabels({}), annotations: builtinAnnotations() }, rules: [] }
  ];
}
function bootstrapBindings() {
  return [
    {
      kind: "ClusterRoleBinding",
      metadata: { name: "cluster-admin", labels: bootstrapLabels({}), annotations: builtinAnnotations() },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
      subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: "system:masters" }]
    }
  ];
}
function clusterRole(name, labels, rules) {
  return { kind: "ClusterRole", metadata: { name, labels: bootstrapLabels(labels), annotations: builtinAnnotations() }, rules: structuredClone(rules) };
}
function aggregatedRole(name, labels, selectorLabel) {
  return { ...clusterRole(name, labels, []), aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [selectorLabel]: "true" } }] } };
}
function bootstrapLabels(labels) {
  return { "kubernetes.io/bootstrapping": "rbac-defaults", ...labels };
}
function builtinAnnotations() {
  return { "rbac.authorization.kubernetes.io/autoupdate": "true", [BUILTIN_ANNOTATION]: "true" };
}

// src/cluster/service-account.ts
var SERVICE_ACCOUNT_USERNAME_PREFIX = "system:serviceaccount:";
var ALL_SERVICE_ACCOUNTS_GROUP = "system:serviceaccounts";
var ALL_AUTHENTICATED_GROUP = "system:authenticated";
var KUBE_CONTROLLER_MANAGER_USER = "system:kube-controller-manager";
function makeUsername(namespace, name) {
  return `${SERVICE_ACCOUNT_USERNAME_PREFIX}${namespace}:${name}`;
}
function makeGroupNames(namespace) {
  return [ALL_SERVICE_ACCOUNTS_GROUP, `${ALL_SERVICE_ACCOUNTS_GROUP}:${namespace}`];
}
function serviceAccountUser(namespace, name) {
  return { name: makeUsername(namespace, name), groups: makeGroupNames(namespace) };
}
var CONTROLLER_SERVICE_ACCOUNTS = {
  Deployment: "replicaset-controller",
  ReplicaSet: "replicaset-controller",
  ReplicationController: "replication-controller",
  DaemonSet: "daemon-set-controller",
  StatefulSet: "statefulset-controller",
  Job: "job-controller",
  CronJob: "job-controller"
};
function isControllerKind(kind) {
  return Object.hasOwn(CONTROLLER_SERVICE_ACCOUNTS, kind);
}
function controllerUser(kind, options = {}) {
  if (options.useServiceAccountCredentials === false) {
    return { name: KUBE_CONTROLLER_MANAGER_USER, groups: [ALL_AUTHENTICATED_GROUP] };
  }
  return {
    name: makeUsername("kube-system", CONTROLLER_SERVICE_ACCOUNTS[kind]),
    groups: [...makeGroupNames("kube-system"), ALL_AUTHENTICATED_GROUP]
  };
}

// src/cluster/rbac.ts
var SYSTEM_MASTERS_GROUP = "system:masters";
function buildAuthorizer(input) {
  const grants = orderGrants(input.roles, input.bindings);
  const index2 = indexGrants(grants);
  const scopes = /* @__PURE__ */ new Map();
  const byUser = /* @__PURE__ */ new WeakMap();
  const userScope = (user, namespace) => {
    const forUser = byUser.get(user) ?? /* @__PURE__ */ new Map();
    let scope = forUser.get(namespace);
    if (scope === void 0) {
      const key2 = joinKey(namespace, user.name, ...user.groups);
      scope = scopes.get(key2) ?? { applicable: findApplicable(grants, index2, user, namespace), shapes: [] };
      scopes.set(key2, scope);
      byUser.set(user, forUser.set(namespace, scope));
    }
    return scope;
  };
  return {
    authorize(user, attrs) {
      if (user.groups.includes(SYSTEM_MASTERS_GROUP)) return { allowed: true, reason: { kind: "system:masters" } };
      if (input.alwaysAllow === true) return { allowed: true, reason: { kind: "always-allow" } };
      const scope = userScope(user, attrs.namespace);
      const hit = candidatesFor(scope, attrs).find((c) => c.resourceNames.length === 0 || c.resourceNames.includes(attrs.name));
      if (hit === void 0) return { allowed: false };
      return { allowed: true, reason: { kind: "binding", binding: hit.grant.binding, role: hit.grant.role, ruleIndex: hit.ruleIndex, subjectIndex: hit.subjectIndex } };
    }
  };
}
function usePodSecurityPolicy(authorizer, user, policyName, namespace) {
  if (user === void 0) return { allowed: false };
  for (const apiGroup of ["policy", "extensions"]) {
    const decision = authorizer.authorize(user, { verb: "use", apiGroup, resource: "podsecuritypolicies", name: policyName, namespace });
    if (decision.allowed) return decision;
  }
  return { allowed: false };
}
function appliesTo(subjects, user, bindingNamespace) {
  return subjects.findIndex((subject) => appliesToUser(subject, user, bindingNamespace));
}
function appliesToUser(subject, user, bindingNamespace) {
  switch (subject.kind) {
    case "User":
      return user.name === subject.name;
    case "Group":
      return user.groups.includes(subject.name);
    case "ServiceAccount": {
      const namespace = subject.namespace || bindingNamespace;
      return namespace !== "" && user.name === makeUsername(namespace, subject.name);
    }
    default:
      return false;
  }
}
function findDanglingRoleRefs(roles, bindings) {
  const known = new Set(roles.map(roleKeyOf));
  return bindings.flatMap((binding) => {
    const message = danglingMessage(binding, known);
    return message === void 0 ? [] : [{ binding, message }];
  });
}
function danglingMessage(binding, known) {
  const { kind, name } = binding.roleRef;
  if (kind === "Role" && binding.kind !== "RoleBinding") return 'roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole"';
  if (kind !== "Role" && kind !== "ClusterRole") return `unsupported role reference kind: ${JSON.stringify(kind)}`;
  if (known.has(joinKey(kind, kind === "Role" ? scopeNamespace(binding) : "", name))) return void 0;
  return `${kind.toLowerCase()}.rbac.authorization.k8s.io ${JSON.stringify(name)} not found`;
}
function orderGrants(roleList, bindingList) {
  const roles = new Map(roleList.map((role) => [roleKeyOf(role), role]));
  const bindings = new Map(bindingList.map((binding) => [joinKey(binding.kind, scopeNamespace(binding), binding.metadata.name), binding]));
  const order = (a, b) => Number(a.kind === "RoleBinding") - Number(b.kind === "RoleBinding") || compareCodePoints(scopeNamespace(a), scopeNamespace(b)) || compareCodePoints(a.metadata.name, b.metadata.name);
  return [...bindings.values()].sort(order).map((binding) => toGrant(binding, roles));
}
function indexGrants(grants) {
  const index2 = /* @__PURE__ */ new Map();
  grants.forEach((grant, ordinal) => {
    for (const key2 of subjectKeys(grant)) {
      const list2 = index2.get(key2) ?? [];
      if (list2[list2.length - 1] !== ordinal) list2.push(ordinal);
      index2.set(key2, list2);
    }
  });
  return index2;
}
function findApplicable(grants, index2, user, namespace) {
  const scopes = namespace === "" ? [CLUSTER_SCOPE] : [CLUSTER_SCOPE, joinKey("RoleBinding", namespace)];
  const ordinals = /* @__PURE__ */ new Set();
  for (const scope of scopes) {
    for (const key2 of [joinKey(scope, "u", user.name), ...user.groups.map((group) => joinKey(scope, "g", group))]) {
      for (const ordinal of index2.get(key2) ?? []) ordinals.add(ordinal);
    }
  }
  const applicable = [];
  for (const ordinal of [...ordinals].sort((a, b) => a - b)) {
    const grant = grants[ordinal];
    const subjectIndex = grant === void 0 ? -1 : appliesTo(grant.subjects, user, grant.namespace);
    if (grant !== void 0 && subjectIndex >= 0) applicable.push({ grant, subjectIndex });
  }
  return applicable;
}
function candidatesFor(scope, attrs) {
  const { verb, apiGroup, resource } = attrs;
  const subresource = attrs.subresource ?? "";
  for (const s of scope.shapes) {
    if (s.verb === verb && s.apiGroup === apiGroup && s.resource === resource && s.subresource === subresource) return s.candidates;
  }
  const shape = joinKey(verb, apiGroup, resource, subresource);
  const candidates = scope.applicable.flatMap(({ grant, subjectIndex }) => {
    let matches = grant.byShape.get(shape);
    if (matches === void 0) {
      matches = (grant.rules ?? []).flatMap((rule2, ruleIndex) => matchesExceptName(rule2, attrs) ? [{ ruleIndex, resourceNames: rule2.resourceNames ?? [] }] : []);
      grant.byShape.set(shape, matches);
    }
    return matches.map((match2) => ({ grant, subjectIndex, ...match2 }));
  });
  scope.shapes.push({ verb, apiGroup, resource, subresource, candidates });
  return candidates;
}
function matchesExceptName(rule2, attrs) {
  const subresource = attrs.subresource ?? "";
  const combined = subresource === "" ? attrs.resource : `${attrs.resource}/${subresource}`;
  const has = (values, requested) => (values ?? []).some((value) => value === "*" || value === requested);
  const resourceMatches = has(rule2.resources, combined) || subresource !== "" && (rule2.resources ?? []).includes(`*/${subresource}`);
  return has(rule2.verbs, attrs.verb) && has(rule2.apiGroups, attrs.apiGroup) && resourceMatches;
}
function toGrant(binding, roles) {
  const namespace = scopeNamespace(binding);
  const { kind, name } = binding.roleRef;
  const bindingRef = binding.kind === "RoleBinding" ? { kind: binding.kind, name: binding.metadata.name, namespace } : { kind: binding.kind, name: binding.metadata.name };
  const roleRef = kind === "Role" ? { kind, name, namespace } : { kind, name };
  const resolvable = kind === "ClusterRole" || kind === "Role" && namespace !== "";
  const role = resolvable ? roles.get(joinKey(kind, kind === "Role" ? namespace : "", name)) : void 0;
  return { binding: bindingRef, role: roleRef, subjects: binding.subjects ?? [], namespace, rules: role === void 0 ? void 0 : role.rules ?? [], byShape: /* @__PURE__ */ new Map() };
}
function subjectKeys(grant) {
  const scope = joinKey(grant.binding.kind, grant.namespace);
  const keys = [];
  for (const subject of grant.subjects) {
    if (subject.kind === "User") keys.push(joinKey(scope, "u", subject.name));
    else if (subject.kind === "Group") keys.push(joinKey(scope, "g", subject.name));
    else if (subject.kind === "ServiceAccount") {
      const namespace = subject.namespace || grant.namespace;
      if (namespace !== "") keys.push(joinKey(scope, "u", makeUsername(namespace, subject.name)));
    }
  }
  return keys;
}
var CLUSTER_SCOPE = joinKey("ClusterRoleBinding", "");
function joinKey(...parts) {
  return parts.join("\0");
}
function scopeNamespace(object) {
  return object.kind === "Role" || object.kind === "RoleBinding" ? object.metadata.namespace ?? "" : "";
}
function roleKeyOf(role) {
  return joinKey(role.kind, scopeNamespace(role), role.metadata.name);
}

// src/cluster/model.ts
var rbacKey = (kind, namespace, name) => `${kind}/${namespace ?? ""}/${name}`;
function buildCluster(objects, options, locator) {
  const diagnostics = [];
  const report = (source, ruleId, message) => {
    diagnostics.push({ ruleId, severity: "warning", message, location: locator.locateObject(source.source), object: source.ref, related: [] });
  };
  const policies = lastByKey(objects.policies, (policy) => policy.value.metadata.name, (dropped) => report(dropped, "duplicate-object", duplicateMessage(dropped.ref)));
  const roles = lastByKey(objects.roles, (role) => rbacKey(role.value.kind, role.value.metadata.namespace, role.value.metadata.name), (dropped) => report(dropped, "duplicate-object", duplicateMessage(dropped.ref)));
  const bindings = lastByKey(objects.bindings, (binding) => rbacKey(binding.value.kind, binding.value.metadata.namespace, binding.value.metadata.name), (dropped) => report(dropped, "duplicate-object", duplicateMessage(dropped.ref)));
  const declaredNames = new Set(roles.map((role) => rbacKey(role.value.kind, role.value.metadata.namespace, role.value.metadata.name)));
  const builtinRoles = [...bootstrapRoles(), ...bootstrapRoleNames()].filter((role) => !declaredNames.has(rbacKey(role.kind, role.metadata.namespace, role.metadata.name)));
  const allRoles = [...builtinRoles, ...roles.map((role) => role.value)];
  const aggregation = aggregateClusterRoles(allRoles);
  const sources = /* @__PURE__ */ new Map();
  for (const item of [...roles, ...bindings]) sources.set(rbacKey(item.value.kind, item.value.metadata.namespace, item.value.metadata.name), item);
  for (const error of aggregation.errors) {
    const source = sources.get(rbacKey("ClusterRole", void 0, error.role));
    if (source) report(source, "invalid-aggregation-rule", `ClusterRole ${JSON.stringify(error.role)}: ${error.message}`);
  }
  const allBindings = [...bootstrapBindings(), ...bindings.map((binding) => binding.value)];
  for (const dangling of findDanglingRoleRefs(aggregation.roles, allBindings)) {
    const source = sources.get(rbacKey(dangling.binding.kind, dangling.binding.metadata.namespace, dangling.binding.metadata.name));
    if (source) report(source, "binding-to-missing-role", `${dangling.binding.kind} ${JSON.stringify(dangling.binding.metadata.name)} grants nothing: ${dangling.message}`);
  }
  const accounts = /* @__PURE__ */ new Map();
  for (const account of objects.serviceAccounts) accounts.set(`${account.value.namespace}/${account.value.name}`, account.value);
  return {
    policies,
    authorizer: buildAuthorizer({ roles: aggregation.roles, bindings: allBindings, alwaysAllow: options.alwaysAllow === true }),
    serviceAccount(namespace, name) {
      const declared = accounts.get(`${namespace}/${name}`);
      if (declared !== void 0) return { ...declared, declared: true };
      if (name === "default") return { namespace, name, declared: true };
      return options.requireServiceAccounts ? void 0 : { namespace, name, declared: false };
    },
    rbacSource: (ref) => sources.get(rbacKey(ref.kind, ref.namespace, ref.name)),
    diagnostics
  };
}
function duplicateMessage(ref) {
  const where2 = ref.namespace ? ` in namespace ${JSON.stringify(ref.namespace)}` : "";
  return `${ref.kind} ${JSON.stringify(ref.name)}${where2} is declared again later; the later object replaces this one, as kubectl apply would`;
}
function lastByKey(items, keyOf2, onReplaced) {
  const byKey = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key2 = keyOf2(item);
    const previous = byKey.get(key2);
    if (previous !== void 0) onReplaced(previous);
    byKey.set(key2, item);
  }
  return [...byKey.values()];
}

// src/load/kustomize.ts
import path3 from "node:path";
var KUSTOMIZATION_FILES = /* @__PURE__ */ new Set(["kustomization.yaml", "kustomization.yml", "Kustomization"]);
var isRecord2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function kustomizePatchFiles(objects) {
  const patches = /* @__PURE__ */ new Map();
  for (const object of objects) {
    const isKustomization = object.value.kind === "Kustomization" || KUSTOMIZATION_FILES.has(path3.posix.basename(object.file));
    if (!isKustomization) continue;
    const dir = path3.posix.dirname(object.file);
    const named = [];
    const strategic = object.value.patchesStrategicMerge;
    if (Array.isArray(strategic)) named.push(...strategic);
    for (const field of ["patches", "patchesJson6902"]) {
      const list2 = object.value[field];
      if (Array.isArray(list2)) named.push(...list2.map((entry) => isRecord2(entry) ? entry.path : void 0));
    }
    for (const entry of named) {
      if (typeof entry === "string" && !entry.includes("\n")) patches.set(path3.posix.normalize(path3.posix.join(dir, entry)), object.file);
    }
  }
  return patches;
}

// src/load/locate.ts
var import_js_yaml5 = __toESM(require_js_yaml_cjs(), 1);

// src/load/line-reader.ts
var OutOfSubset = class {
};
var OUT = new OutOfSubset();
var SPACE = 32;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var DOUBLE = 34;
var SINGLE = 39;
var NOT_PLAIN_START = new Uint8Array(128);
for (const ch of "?:,[]{}#&*!|>'\"%@`") NOT_PLAIN_START[ch.charCodeAt(0)] = 1;
var scalarNode = (start, end) => ({ kind: "scalar", start, end });
var LineReader = class {
  /**
   * @param tree build YamlNode trees (offsets; raw key texts) instead of values: every method that returns a
   *   value returns a node then, and accepts exactly the same text.
   */
  constructor(text, depthLimit, tree) {
    this.text = text;
    this.depthLimit = depthLimit;
    this.tree = tree;
  }
  text;
  depthLimit;
  tree;
  /** End of the current line (exclusive: at its '\n' or the end of the text). */
  end = 0;
  depth = 0;
  /** Position inside a flow collection, and the ends of the last flow scalar read. */
  at = 0;
  scalarEnd = 0;
  plainEnd = 0;
  enter() {
    if (++this.depth > this.depthLimit) throw OUT;
  }
  /** Where js-yaml's events place a key: inside the quotes of a quoted one. */
  keyStart(at4) {
    const ch = this.text.charCodeAt(at4);
    return ch === DOUBLE || ch === SINGLE ? at4 + 1 : at4;
  }
  skipSpaces(at4) {
    let i = at4;
    while (i < this.end && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }
  checkPlainStart(at4) {
    const ch = this.text.charCodeAt(at4);
    if (ch < 128 && NOT_PLAIN_START[ch] === 1) throw OUT;
    if (ch === DASH && (at4 + 1 === this.end || this.text.charCodeAt(at4 + 1) === SPACE)) throw OUT;
  }
  /** After a value: only spaces, then the end of the line or a comment. */
  lineRest(at4) {
    const rest = this.skipSpaces(at4);
    if (rest < this.end && (this.text.charCodeAt(rest) !== HASH || rest === at4)) throw OUT;
  }
  /** Offset after the closing quote of the one-line quoted scalar at `at` (no escapes, no line breaks). */
  quoteEnd(at4) {
    const text = this.text;
    const quote4 = text.charCodeAt(at4);
    for (let i = at4 + 1; i < this.end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 92 && quote4 === DOUBLE) throw OUT;
      if (ch !== quote4) continue;
      if (quote4 === SINGLE && text.charCodeAt(i + 1) === SINGLE) {
        i++;
        continue;
      }
      return i + 1;
    }
    throw OUT;
  }
  quoted(at4) {
    const body = this.text.slice(at4 + 1, this.quoteEnd(at4) - 1);
    return this.text.charCodeAt(at4) === SINGLE && body.includes("''") ? body.replaceAll("''", "'") : body;
  }
  /** A one-line flow collection at `this.at`; leaves `this.at` after its closing bracket. */
  flow() {
    const text = this.text;
    const start = this.at;
    const isMap3 = text.charCodeAt(start) === 123;
    const close = isMap3 ? 125 : 93;
    this.enter();
    const items = isMap3 && !this.tree ? void 0 : [];
    const map = isMap3 && !this.tree ? {} : void 0;
    const keys = isMap3 && this.tree ? [] : void 0;
    const keyStarts = isMap3 && this.tree ? [] : void 0;
    let at4 = this.skipSpaces(start + 1);
    if (text.charCodeAt(at4) !== close) {
      for (; ; ) {
        if (isMap3) {
          const key2 = this.flowScalar(at4, true);
          const keyEnd = this.scalarEnd;
          if (text.charCodeAt(keyEnd) !== COLON || text.charCodeAt(keyEnd + 1) !== SPACE) throw OUT;
          this.at = this.skipSpaces(keyEnd + 1);
          const value = this.flowNode();
          if (map === void 0) {
            keys?.push(key2);
            keyStarts?.push(this.keyStart(at4));
            items?.push(value);
          } else {
            const name = String(key2);
            if (name === "__proto__") Object.defineProperty(map, name, { value, enumerable: true, writable: true, configurable: true });
            else map[name] = value;
          }
        } else {
          this.at = at4;
          items?.push(this.flowNode());
        }
        at4 = this.skipSpaces(this.at);
        const ch = text.charCodeAt(at4);
        if (ch === close && at4 < this.end) break;
        if (ch !== 44 || at4 >= this.end) throw OUT;
        at4 = this.skipSpaces(at4 + 1);
        if (at4 >= this.end || text.charCodeAt(at4) === close) throw OUT;
      }
    }
    this.at = at4 + 1;
    this.depth--;
    if (map !== void 0) return map;
    if (!this.tree) return items;
    return isMap3 ? { kind: "map", start, keys, keyStarts, values: items } : { kind: "seq", start, items };
  }
  /** A node inside a flow collection, at `this.at`; leaves `this.at` after it. */
  flowNode() {
    const at4 = this.at;
    if (at4 >= this.end) throw OUT;
    const ch = this.text.charCodeAt(at4);
    if (ch === 91 || ch === 123) return this.flow();
    const value = this.flowScalar(at4, false);
    this.at = this.scalarEnd;
    if (!this.tree) return value;
    const quoted = ch === DOUBLE || ch === SINGLE;
    return scalarNode(quoted ? at4 + 1 : at4, quoted ? this.scalarEnd - 1 : this.plainEnd);
  }
  /**
   * A quoted or plain scalar inside a flow collection: its value (in a tree, its text); plain ones stop before
   * `,`, `]`, `}` (or `:` for keys). Sets `scalarEnd` (after it) and `plainEnd` (after a plain one's text).
   */
  flowScalar(at4, isKey) {
    const text = this.text;
    if (at4 >= this.end) throw OUT;
    const ch = text.charCodeAt(at4);
    if (ch === DOUBLE || ch === SINGLE) {
      this.scalarEnd = this.quoteEnd(at4);
      return this.quoted(at4);
    }
    this.checkPlainStart(at4);
    let last = at4;
    let i = at4;
    for (; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 44 || c === 93 || c === 125) break;
      if (c === COLON) {
        if (isKey) break;
        throw OUT;
      }
      if (c === HASH || c === 91 || c === 123) throw OUT;
      if (c !== SPACE) last = i + 1;
    }
    if (i >= this.end || isKey && last !== i) throw OUT;
    const source = text.slice(at4, last);
    if (source === "<<") throw OUT;
    this.scalarEnd = i;
    this.plainEnd = last;
    return this.tree ? source : resolvePlainScalar(source);
  }
};

// src/load/block-reader.ts
var UNUSUAL = /[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
var CONTENT = 0;
var SEPARATOR = 1;
var END = 2;
var MAX_KEY = 1e3;
var MAX_DEPTH = 64;
function readBlockDocuments(text, maxDepth) {
  return read(text, maxDepth, false);
}
function readBlockTrees(text, maxDepth) {
  return read(text, maxDepth, true)?.values.map((root) => root === null ? void 0 : root);
}
function read(text, maxDepth, tree) {
  if (UNUSUAL.test(text)) return void 0;
  try {
    return new BlockReader(text, Math.min(MAX_DEPTH, maxDepth - 1), tree).documents();
  } catch (error) {
    if (error === OUT) return void 0;
    throw error;
  }
}
var BlockReader = class extends LineReader {
  /** The current line: kind, start and indentation (its end is `this.end`). */
  kind = END;
  start = 0;
  indent = 0;
  documents() {
    const values = [];
    const starts = [];
    this.advance(0);
    if (this.kind === CONTENT) this.document(values, starts);
    while (this.kind === SEPARATOR) {
      if (this.advance(this.end + 1) === CONTENT) this.document(values, starts);
      else {
        values.push(null);
        starts.push(-1);
      }
    }
    return { values, starts };
  }
  document(values, starts) {
    const at4 = this.start + this.indent;
    if (this.isDash(at4)) throw OUT;
    values.push(this.mapping(at4));
    starts.push(at4);
    if (this.kind === CONTENT) throw OUT;
  }
  /** Moves to the next line from `from` that is neither blank nor a comment; returns its kind. */
  advance(from) {
    const text = this.text;
    const length = text.length;
    let at4 = from;
    while (at4 < length) {
      let end = text.indexOf("\n", at4);
      if (end === -1) end = length;
      let content = at4;
      while (content < end && text.charCodeAt(content) === SPACE) content++;
      if (content < end && text.charCodeAt(content) !== HASH) {
        this.start = at4;
        this.indent = content - at4;
        this.end = end;
        return this.kind = content === at4 ? this.marker(at4, end) : CONTENT;
      }
      at4 = end + 1;
    }
    this.start = this.end = length;
    this.indent = 0;
    return this.kind = END;
  }
  /** A line at column 0: a `---` separator (nothing but a comment after it), or content. */
  marker(at4, end) {
    const text = this.text;
    const ch = text.charCodeAt(at4);
    if (ch === 37) throw OUT;
    if (ch !== DASH && ch !== 46 || text.charCodeAt(at4 + 1) !== ch || text.charCodeAt(at4 + 2) !== ch) return CONTENT;
    if (at4 + 3 < end && text.charCodeAt(at4 + 3) !== SPACE) return CONTENT;
    if (ch === 46) throw OUT;
    let rest = at4 + 3;
    while (rest < end && text.charCodeAt(rest) === SPACE) rest++;
    if (rest < end && text.charCodeAt(rest) !== HASH) throw OUT;
    return SEPARATOR;
  }
  /** `-` followed by a space or the end of the line. */
  isDash(at4) {
    return this.text.charCodeAt(at4) === DASH && (at4 + 1 === this.end || this.text.charCodeAt(at4 + 1) === SPACE);
  }
  /**
   * A block mapping whose first key starts at `at` on the current line; its indentation is that column.
   * `firstColon`: the first key's colon when the caller has found it already.
   */
  mapping(at4, firstColon = -1) {
    this.enter();
    const indent = at4 - this.start;
    const out = {};
    const node = this.tree ? { kind: "map", start: at4, keys: [], keyStarts: [], values: [] } : void 0;
    let keyAt = at4;
    let colon = firstColon;
    for (; ; ) {
      if (colon === -1) colon = this.keyEnd(keyAt);
      if (colon === -1) throw OUT;
      const key2 = this.key(keyAt, colon);
      const valueAt = this.skipSpaces(colon + 1);
      let value;
      if (valueAt === this.end || this.text.charCodeAt(valueAt) === HASH) {
        this.advance(this.end + 1);
        value = this.nested(indent, true, node === void 0 ? 0 : this.keyStart(keyAt));
      } else {
        value = this.inline(valueAt);
        this.advance(this.end + 1);
      }
      if (node !== void 0) {
        node.keys.push(key2);
        node.keyStarts.push(this.keyStart(keyAt));
        node.values.push(value);
      } else if (key2 === "__proto__") Object.defineProperty(out, key2, { value, enumerable: true, writable: true, configurable: true });
      else out[key2] = value;
      if (this.kind !== CONTENT || this.indent < indent) break;
      if (this.indent > indent) throw OUT;
      keyAt = this.start + indent;
      colon = -1;
      if (this.isDash(keyAt)) throw OUT;
    }
    this.depth--;
    return node ?? out;
  }
  /** A block sequence whose first `-` is at the current line's indentation. */
  sequence() {
    this.enter();
    const indent = this.indent;
    const start = this.start + indent;
    const out = [];
    for (; ; ) {
      const dash = this.start + indent;
      const at4 = this.skipSpaces(dash + 1);
      if (at4 === this.end || this.text.charCodeAt(at4) === HASH) {
        this.advance(this.end + 1);
        out.push(this.nested(indent, false, start));
      } else if (this.isDash(at4)) {
        throw OUT;
      } else {
        const colon = this.keyEnd(at4);
        if (colon !== -1) out.push(this.mapping(at4, colon));
        else {
          out.push(this.inline(at4));
          this.advance(this.end + 1);
        }
      }
      if (this.kind !== CONTENT || this.indent < indent) break;
      if (this.indent > indent) throw OUT;
      if (!this.isDash(this.start + indent)) break;
    }
    this.depth--;
    return this.tree ? { kind: "seq", start, items: out } : out;
  }
  /**
   * The node on the lines after a `key:` or `-` with nothing after it: a more indented mapping or sequence,
   * a sequence at the key's own indentation (mapping values only), or null (in a tree: an empty scalar at
   * `fallback`, the key or the sequence, as event-tree.ts places it).
   */
  nested(parentIndent, inMapping, fallback) {
    const at4 = this.start + this.indent;
    if (this.kind === CONTENT) {
      if (this.isDash(at4)) {
        if (this.indent > parentIndent || inMapping && this.indent === parentIndent) return this.sequence();
      } else if (this.indent > parentIndent) return this.mapping(at4);
    }
    return this.tree ? scalarNode(fallback, fallback) : null;
  }
  /** If the line from `at` is `key:` (then a space or the end of the line), the offset of that colon; else -1. */
  keyEnd(at4) {
    const text = this.text;
    const end = this.end;
    const first = text.charCodeAt(at4);
    if (first === 91 || first === 123) return -1;
    if (first === DOUBLE || first === SINGLE) {
      const close = this.quoteEnd(at4);
      return text.charCodeAt(close) === COLON && (close + 1 === end || text.charCodeAt(close + 1) === SPACE) ? close : -1;
    }
    for (let i = at4; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) return i;
      if (ch === HASH && i > at4 && text.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }
  /** The key text of `key:` from `at` to the colon, as js-yaml's object mapping stores it. */
  key(at4, colon) {
    const text = this.text;
    const first = text.charCodeAt(at4);
    if (colon - at4 > MAX_KEY) throw OUT;
    if (first === DOUBLE || first === SINGLE) return this.quoted(at4);
    if (text.charCodeAt(colon - 1) === SPACE) throw OUT;
    const source = text.slice(at4, colon);
    this.checkPlainStart(at4);
    if (source === "<<") throw OUT;
    return this.tree ? source : String(resolvePlainScalar(source));
  }
  /** A value that starts at `at` and must end on this line (a trailing comment is allowed). */
  inline(at4) {
    const text = this.text;
    const ch = text.charCodeAt(at4);
    if (ch === DOUBLE || ch === SINGLE) {
      const value = this.quoted(at4);
      const end2 = this.quoteEnd(at4);
      this.lineRest(end2);
      return this.tree ? scalarNode(at4 + 1, end2 - 1) : value;
    }
    if (ch === 91 || ch === 123) {
      this.at = at4;
      const value = this.flow();
      this.lineRest(this.at);
      return value;
    }
    this.checkPlainStart(at4);
    const end = this.end;
    let last = at4;
    for (let i = at4; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE) continue;
      if (c === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) throw OUT;
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) break;
      last = i + 1;
    }
    const source = text.slice(at4, last);
    if (source === "<<") throw OUT;
    return this.tree ? scalarNode(at4, last) : resolvePlainScalar(source);
  }
};

// src/load/event-tree.ts
var import_js_yaml3 = __toESM(require_js_yaml_cjs(), 1);
var { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = import_js_yaml3.EVENT_ID;
function startOf(event, fallback) {
  const starts = [];
  if ("anchorStart" in event && event.anchorStart >= 0) starts.push(event.anchorStart);
  if ("tagStart" in event && event.tagStart >= 0) starts.push(event.tagStart);
  if ("start" in event && event.start >= 0) starts.push(event.start);
  if ("valueStart" in event && event.valueStart >= 0) starts.push(event.valueStart);
  return starts.length === 0 ? fallback : Math.min(...starts);
}
function buildTree(events, at4, source, fallback) {
  const event = events[at4];
  if (event === void 0) return { node: { kind: "scalar", start: fallback, end: fallback }, next: at4 };
  switch (event.type) {
    case SCALAR: {
      const start = startOf(event, fallback);
      const end = event.valueEnd >= 0 ? event.valueEnd : start;
      return { node: { kind: "scalar", start, end }, next: at4 + 1 };
    }
    case ALIAS:
      return { node: { kind: "alias", start: startOf(event, fallback) }, next: at4 + 1 };
    case SEQUENCE: {
      const start = startOf(event, fallback);
      const items = [];
      let i = at4 + 1;
      while (i < events.length && events[i]?.type !== POP) {
        const built = buildTree(events, i, source, start);
        items.push(built.node);
        i = built.next;
      }
      return { node: { kind: "seq", start, items }, next: i + 1 };
    }
    case MAPPING: {
      const start = startOf(event, fallback);
      const keys = [];
      const keyStarts = [];
      const values = [];
      let i = at4 + 1;
      while (i < events.length && events[i]?.type !== POP) {
        const keyEvent = events[i];
        const key2 = buildTree(events, i, source, start);
        keys.push(keyEvent?.type === SCALAR ? (0, import_js_yaml3.getScalarValue)(source, keyEvent) : "");
        keyStarts.push(key2.node.start);
        const value = buildTree(events, key2.next, source, key2.node.start);
        values.push(value.node);
        i = value.next;
      }
      return { node: { kind: "map", start, keys, keyStarts, values }, next: i + 1 };
    }
    default:
      return { node: { kind: "scalar", start: fallback, end: fallback }, next: at4 + 1 };
  }
}
function documentRoots(events) {
  const roots = [];
  for (let i = 0; i < events.length; i++) if (events[i].type === DOCUMENT) roots.push(i + 1);
  return roots;
}
function rootStart(events, rootIndex) {
  const event = events[rootIndex];
  if (event === void 0 || event.type === POP || event.type === DOCUMENT) return -1;
  return startOf(event, -1);
}

// src/load/lenient-parse.ts
var import_yaml = __toESM(require_dist(), 1);

// src/load/quoted-indent.ts
function openQuote(line) {
  const match2 = /^(\s*)(?:-\s+)?(?:[^\s#'"][^#'"]*?:\s+|-\s+)?(['"])/.exec(line);
  if (!match2 || match2[2] === void 0) return void 0;
  const quote4 = match2[2];
  const rest = line.slice(match2[0].length);
  return closes(rest, quote4) === -1 ? { quote: quote4, indent: (match2[1] ?? "").length } : void 0;
}
function closes(text, quote4) {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote4 === '"' && ch === "\\") {
      i++;
      continue;
    }
    if (ch !== quote4) continue;
    if (quote4 === "'" && text[i + 1] === "'") {
      i++;
      continue;
    }
    return i + 1;
  }
  return -1;
}
function reindentQuotedContinuations(text) {
  const lines = text.split("\n");
  const insertions = [];
  let offset = 0;
  let open;
  let shift2 = 0;
  const out = [];
  for (const line of lines) {
    let current = line;
    if (open) {
      const indent = /^\s*/.exec(line)?.[0].length ?? 0;
      if (indent <= open.indent && line.trim() !== "") {
        const count = open.indent + 1 - indent;
        insertions.push({ at: offset + shift2, count });
        current = " ".repeat(count) + line;
        shift2 += count;
      }
      if (closes(line, open.quote) !== -1) open = void 0;
    } else {
      open = openQuote(line);
    }
    out.push(current);
    offset += line.length + 1;
  }
  return {
    text: out.join("\n"),
    original: (at4) => {
      let back = 0;
      for (const insertion of insertions) {
        if (insertion.at + insertion.count <= at4) back += insertion.count;
        else if (insertion.at <= at4) back += at4 - insertion.at;
      }
      return at4 - back;
    }
  };
}

// src/load/lenient-parse.ts
function parseLeniently(text, limits) {
  const first = parseWith(text, limits, (offset) => offset);
  if ("documents" in first) return first;
  const reindented = reindentQuotedContinuations(text);
  if (reindented.text === text) return first;
  const second = parseWith(reindented.text, limits, reindented.original);
  return "documents" in second ? second : first;
}
function parseWith(text, limits, original) {
  try {
    const documents = (0, import_yaml.parseAllDocuments)(text, { schema: "failsafe", uniqueKeys: false, prettyErrors: false });
    const list2 = Array.isArray(documents) ? documents : [documents];
    const out = [];
    for (const document of list2) {
      const error = document.errors[0];
      if (error) return { error: error.message, offset: original(error.pos[0]) };
      const root = document.contents;
      const start = root?.range?.[0];
      out.push({
        value: root ? toValue(root, document, limits, { aliases: 0 }) : null,
        tree: root ? toTree(root, document, original) : void 0,
        start: start === void 0 ? -1 : original(start)
      });
    }
    return { documents: out };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), offset: 0 };
  }
}
function toValue(node, document, limits, budget) {
  if ((0, import_yaml.isAlias)(node)) {
    if (++budget.aliases > limits.maxAliases) throw new Error(`more than ${limits.maxAliases} aliases`);
    const target = node.resolve(document);
    return target ? toValue(target, document, limits, budget) : null;
  }
  if ((0, import_yaml.isScalar)(node)) return scalarValue(node);
  if ((0, import_yaml.isSeq)(node)) return node.items.map((item) => toValue(item, document, limits, budget));
  if ((0, import_yaml.isMap)(node)) {
    const out = {};
    for (const pair2 of node.items) {
      if (!(0, import_yaml.isPair)(pair2)) continue;
      const key2 = pair2.key === null ? null : toValue(pair2.key, document, limits, budget);
      const value = pair2.value === null ? null : toValue(pair2.value, document, limits, budget);
      const name = String(key2);
      if (name === "<<" && typeof value === "object" && value !== null) {
        for (const merged of Array.isArray(value) ? value : [value]) {
          for (const [k2, v2] of Object.entries(merged)) define(out, k2, v2);
        }
        continue;
      }
      define(out, name, value);
    }
    return out;
  }
  return null;
}
function scalarValue(node) {
  const text = String(node.value ?? "");
  if (node.tag === "!!str" || node.tag === "tag:yaml.org,2002:str") return text;
  if (node.tag !== void 0 && node.tag.startsWith("!") && !node.tag.startsWith("!!")) return text;
  return node.type === import_yaml.Scalar.PLAIN || node.tag !== void 0 ? resolvePlainScalar(text) : text;
}
function define(target, key2, value) {
  Object.defineProperty(target, key2, { value, enumerable: true, writable: true, configurable: true });
}
function toTree(node, document, original) {
  const start = original(node.range?.[0] ?? 0);
  if ((0, import_yaml.isScalar)(node)) return { kind: "scalar", start, end: original(node.range?.[1] ?? 0) };
  if ((0, import_yaml.isSeq)(node)) return { kind: "seq", start, items: node.items.map((item) => toTree(item, document, original)) };
  if ((0, import_yaml.isMap)(node)) {
    const keys = [];
    const keyStarts = [];
    const values = [];
    for (const pair2 of node.items) {
      if (!(0, import_yaml.isPair)(pair2)) continue;
      const key2 = pair2.key;
      const keyEnd = key2?.range ? original(key2.range[1]) : start;
      keys.push(key2 && (0, import_yaml.isScalar)(key2) ? String(key2.value ?? "") : "");
      keyStarts.push(key2?.range ? original(key2.range[0]) : start);
      const value = pair2.value;
      values.push(value ? toTree(value, document, original) : { kind: "scalar", start: keyEnd, end: keyEnd });
    }
    return { kind: "map", start, keys, keyStarts, values };
  }
  return { kind: "alias", start };
}

// src/load/parse.ts
var import_js_yaml4 = __toESM(require_js_yaml_cjs(), 1);

// src/load/positions.ts
var LineCounter = class {
  lineStarts = [0];
  constructor(text) {
    for (let at4 = text.indexOf("\n"); at4 !== -1; at4 = text.indexOf("\n", at4 + 1)) this.lineStarts.push(at4 + 1);
  }
  /** 1-based line and column of `offset` (clamped into the text). */
  position(offset) {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    const target = Math.max(0, offset);
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((starts[mid] ?? 0) <= target) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: target - (starts[low] ?? 0) + 1 };
  }
};
var LineCursor = class {
  constructor(text) {
    this.text = text;
  }
  text;
  line = 1;
  lineStart = 0;
  /** 1-based line and column of `offset` (negative offsets clamped to 0), as LineCounter.position. */
  position(offset) {
    const target = Math.max(0, offset);
    if (target < this.lineStart) {
      this.line = 1;
      this.lineStart = 0;
    }
    const text = this.text;
    for (let newline = text.indexOf("\n", this.lineStart); newline !== -1 && newline < target; newline = text.indexOf("\n", this.lineStart)) {
      this.line++;
      this.lineStart = newline + 1;
    }
    return { line: this.line, column: target - this.lineStart + 1 };
  }
};

// src/load/parse.ts
var DEFAULT_PARSE_LIMITS = { maxDepth: 256, maxAliases: 1e4 };
var isMapping = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function parseManifestFile(source, limits = DEFAULT_PARSE_LIMITS) {
  const text = source.text;
  const lines = new LineCursor(text);
  const objects = [];
  const diagnostics = [];
  const chunks = parseChunks(text, limits);
  for (const chunk of chunks) {
    if ("error" in chunk) {
      diagnostics.push(syntaxDiagnostic(source.path, chunk, lines));
      continue;
    }
    const { values, starts, offset: chunkOffset, firstDoc, chunkText } = chunk;
    const ends = new Array(values.length);
    for (let i = values.length - 1, end = chunkOffset + chunkText.length; i >= 0; i--) {
      ends[i] = end;
      const start = starts[i] ?? -1;
      if (start >= 0) end = lineStartOf(text, chunkOffset + start);
    }
    values.forEach((value, i) => {
      const yamlDoc = firstDoc + i;
      if (!isMapping(value)) return;
      const start = chunkOffset + Math.max(0, starts[i] ?? 0);
      const span = { docStart: lineStartOf(text, start), docEnd: ends[i] ?? chunkOffset + chunkText.length };
      if (value.kind === "List" || typeof value.kind === "string" && value.kind.endsWith("List") && Array.isArray(value.items)) {
        const items = Array.isArray(value.items) ? value.items : [];
        const itemStarts = chunk.itemStarts(i);
        items.forEach((item, itemIndex) => {
          const offset = chunkOffset + (itemStarts[itemIndex] ?? start - chunkOffset);
          if (isMapping(item)) objects.push(makeObject(source.path, objects.length, yamlDoc, item, offset, span, lines, itemIndex));
          else if (item !== null && item !== void 0) diagnostics.push(notAnObject(source.path, lines.position(offset), value.kind, itemIndex));
        });
        return;
      }
      objects.push(makeObject(source.path, objects.length, yamlDoc, value, start, span, lines));
    });
  }
  return { objects, diagnostics };
}
function notAnObject(file, at4, kind, index2) {
  return {
    ruleId: "invalid-object",
    severity: "error",
    message: `items[${index2}] of this ${kind} is not an object; kubectl cannot decode it (the other items were still read)`,
    location: { file, startLine: at4.line, startColumn: at4.column, endLine: at4.line, endColumn: at4.column },
    related: []
  };
}
function lineStartOf(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function makeObject(file, index2, yamlDoc, value, offset, span, lines, listItem) {
  const { line, column } = lines.position(offset);
  const object = { file, index: index2, yamlDoc, value, offset, line, column, ...span };
  if (listItem !== void 0) object.listItem = listItem;
  return object;
}
var BAD_SEPARATOR = /^---[ \t]*[^\s#]/;
function parseChunks(text, limits) {
  if (!/^---[ \t]*[^\s#]/m.test(text)) {
    const whole = parseChunk(text, 0, 0, limits);
    if (!("error" in whole)) return [whole];
  }
  const chunks = [];
  let firstDoc = 0;
  for (const piece of splitDocuments(text)) {
    const bad = BAD_SEPARATOR.exec(piece.text);
    const chunk = bad ? { offset: piece.offset, chunkText: piece.text, error: `invalid Yaml document separator: ${piece.text.split("\n")[0]?.slice(3).trim() ?? ""} (kubectl refuses this document)`, errorOffset: 0 } : parseChunk(piece.text, piece.offset, firstDoc, limits);
    firstDoc += "error" in chunk ? 1 : chunk.values.length;
    chunks.push(chunk);
  }
  return chunks;
}
function parseChunk(chunkText, offset, firstDoc, limits) {
  const block = readBlockDocuments(chunkText, limits.maxDepth);
  if (block !== void 0) {
    let trees;
    const itemStarts = (doc) => itemsOf((trees ??= readBlockTrees(chunkText, limits.maxDepth) ?? [])[doc]);
    return { offset, firstDoc, chunkText, values: block.values, starts: block.starts, itemStarts };
  }
  try {
    const events = (0, import_js_yaml4.parseEvents)(chunkText, { maxDepth: limits.maxDepth });
    const values = (0, import_js_yaml4.constructFromEvents)(events, { source: chunkText, schema: KUBECTL_SCHEMA, json: true, maxAliases: limits.maxAliases });
    const roots = documentRoots(events);
    const starts = roots.map((root) => rootStart(events, root));
    return { offset, firstDoc, chunkText, values, starts, itemStarts: (doc) => listItemStarts(events, roots[doc] ?? -1, chunkText) };
  } catch (error) {
    const lenient = firstTemplateOffset(chunkText) === -1 && !exceedsDepth(chunkText, limits.maxDepth) ? parseLeniently(chunkText, limits) : void 0;
    if (lenient !== void 0 && "documents" in lenient) {
      const { documents } = lenient;
      return {
        offset,
        firstDoc,
        chunkText,
        values: documents.map((document) => document.value),
        starts: documents.map((document) => document.start),
        itemStarts: (doc) => itemsOf(documents[doc]?.tree)
      };
    }
    const mark = error.mark;
    const reason = error.reason ?? (error instanceof Error ? error.message : String(error));
    return { offset, chunkText, error: reason, errorOffset: mark?.position ?? 0 };
  }
}
function exceedsDepth(text, maxDepth) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 91 || ch === 123) {
      if (++depth > maxDepth) return true;
    } else if (ch === 93 || ch === 125) depth = Math.max(0, depth - 1);
  }
  return false;
}
function itemsOf(tree) {
  if (tree?.kind !== "map") return [];
  const items = tree.values[tree.keys.indexOf("items")];
  return items?.kind === "seq" ? items.items.map((item) => item.start) : [];
}
function splitDocuments(text) {
  const pieces = [];
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  let start = 0;
  for (let match2 = marker.exec(text); match2 !== null; match2 = marker.exec(text)) {
    if (match2.index > start) pieces.push({ text: text.slice(start, match2.index), offset: start });
    start = match2.index;
    if (marker.lastIndex === match2.index) marker.lastIndex++;
  }
  pieces.push({ text: text.slice(start), offset: start });
  return pieces.filter((piece) => piece.text.trim() !== "");
}
function listItemStarts(events, rootIndex, chunkText) {
  return rootIndex < 0 ? [] : itemsOf(buildTree(events, rootIndex, chunkText, 0).node);
}
var TEMPLATE_MARK = /\{\{.*?\}\}/;
function syntaxDiagnostic(file, chunk, lines) {
  const templateAt = firstTemplateOffset(chunk.chunkText);
  const templated = templateAt !== -1;
  const { line, column } = lines.position(chunk.offset + (templated ? templateAt : chunk.errorOffset));
  return {
    ruleId: templated ? "unrendered-template" : "yaml-syntax",
    severity: "error",
    message: templated ? "This document is an unrendered template ({{ … }}): render it first (helm template, kustomize build) so podgate can judge what it creates" : `YAML syntax error: ${chunk.error}; the other documents of the file were still read`,
    location: { file, startLine: line, startColumn: column, endLine: line, endColumn: column },
    related: []
  };
}
function firstTemplateOffset(text) {
  let lineStart = 0;
  for (const line of text.split("\n")) {
    if (!line.trimStart().startsWith("#")) {
      const match2 = TEMPLATE_MARK.exec(line);
      if (match2) return lineStart + match2.index;
    }
    lineStart += line.length + 1;
  }
  return -1;
}

// src/load/locate.ts
var Locator = class {
  constructor(texts, limits = DEFAULT_PARSE_LIMITS) {
    this.limits = limits;
    this.texts = new Map(texts);
  }
  limits;
  files = /* @__PURE__ */ new Map();
  texts;
  /** Makes `file` locatable (a file read after the locator was made). */
  addText(file, text) {
    this.texts.set(file, text);
    this.files.delete(file);
  }
  /** Lets `file`'s text and node trees go: nothing will be located in it again. */
  forget(file) {
    this.texts.delete(file);
    this.files.delete(file);
  }
  /** The region of the node at `path` inside `object`, or of its nearest existing ancestor. */
  locate(object, path6) {
    const index2 = this.fileIndex(object.file);
    const found = this.walk(object, index2, path6);
    return this.region(object.file, index2, found.start, Math.max(found.start, found.end));
  }
  /** The region of the first candidate path that exists; else `locate` of the last candidate. */
  locateFirst(object, candidates) {
    const index2 = this.fileIndex(object.file);
    for (const path6 of candidates) {
      const found = this.walk(object, index2, path6);
      if (found.complete) return this.region(object.file, index2, found.start, Math.max(found.start, found.end));
    }
    return this.locate(object, candidates[candidates.length - 1] ?? []);
  }
  walk(object, index2, path6) {
    let node = this.objectRoot(object, index2);
    let start = node?.start ?? object.offset;
    let end = start;
    let matched = 0;
    for (const segment of path6) {
      if (node === void 0) break;
      const next = childOf(node, segment);
      if (next === void 0) break;
      node = next.node;
      start = next.start;
      end = node.kind === "scalar" && start === node.start ? node.end : next.start;
      matched++;
    }
    return { start, end, complete: matched === path6.length && node !== void 0 };
  }
  /** The location of the object itself (its first line). */
  locateObject(object) {
    return this.locate(object, []);
  }
  region(file, index2, start, end) {
    const from = index2.lines.position(start);
    const to = index2.lines.position(end);
    return { file, startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
  }
  fileIndex(file) {
    let index2 = this.files.get(file);
    if (index2 === void 0) {
      const text = this.texts.get(file) ?? "";
      index2 = { text, lines: new LineCounter(text), trees: /* @__PURE__ */ new Map() };
      this.files.set(file, index2);
    }
    return index2;
  }
  objectRoot(object, index2) {
    const cacheKey = object.docStart;
    if (!index2.trees.has(cacheKey)) index2.trees.set(cacheKey, this.documentTree(object, index2.text));
    const root = index2.trees.get(cacheKey);
    if (object.listItem === void 0 || root?.kind !== "map") return root;
    const items = root.values[root.keys.indexOf("items")];
    return items?.kind === "seq" ? items.items[object.listItem] : void 0;
  }
  /** The node tree of the object's YAML document, parsed from the document's own text only. */
  documentTree(object, text) {
    const docText = text.slice(object.docStart, object.docEnd);
    const block = readBlockTrees(docText, this.limits.maxDepth);
    if (block !== void 0) return block[0] === void 0 ? void 0 : shift(block[0], object.docStart);
    try {
      const events = (0, import_js_yaml5.parseEvents)(docText, { maxDepth: this.limits.maxDepth });
      const root = documentRoots(events)[0];
      if (root === void 0) return void 0;
      return shift(buildTree(events, root, docText, 0).node, object.docStart);
    } catch {
      const lenient = parseLeniently(docText, this.limits);
      const tree = "documents" in lenient ? lenient.documents[0]?.tree : void 0;
      return tree === void 0 ? void 0 : shift(tree, object.docStart);
    }
  }
};
function shift(node, by) {
  if (by === 0) return node;
  switch (node.kind) {
    case "scalar":
      return { ...node, start: node.start + by, end: node.end + by };
    case "alias":
      return { ...node, start: node.start + by };
    case "seq":
      return { ...node, start: node.start + by, items: node.items.map((item) => shift(item, by)) };
    case "map":
      return {
        ...node,
        start: node.start + by,
        keyStarts: node.keyStarts.map((start) => start + by),
        values: node.values.map((value) => shift(value, by))
      };
  }
}
function childOf(node, segment) {
  if (node.kind === "map" && typeof segment === "string") {
    const at4 = node.keys.lastIndexOf(segment);
    if (at4 === -1) return void 0;
    const value = node.values[at4];
    if (value === void 0) return void 0;
    const start = value.kind === "scalar" && value.end > value.start ? value.start : node.keyStarts[at4] ?? node.start;
    return { node: value, start };
  }
  if (node.kind === "seq" && typeof segment === "number") {
    const item = node.items[segment];
    return item === void 0 ? void 0 : { node: item, start: item.start };
  }
  return void 0;
}

// src/rules/docs.ts
var GRANT = "or, if the pod really needs it, grant `use` of a policy that allows it to the pod's service account with a RoleBinding in the pod's namespace.";
var RULE_TEXTS = {
  "psp-privileged": {
    family: "violation",
    securitySeverity: 9,
    precision: "very-high",
    fullDescription: "A container sets `securityContext.privileged: true` and no usable PodSecurityPolicy allows privileged containers. A privileged container has every capability and every host device: it controls the node.",
    fix: `Remove \`privileged: true\` (grant the one capability the container needs under \`capabilities.add\` instead), ${GRANT}`
  },
  "psp-host-namespaces": {
    family: "violation",
    securitySeverity: 8.5,
    precision: "very-high",
    fullDescription: "The pod sets `hostNetwork`, `hostPID` or `hostIPC` and no usable PodSecurityPolicy allows that host namespace. A pod in a host namespace sees and reaches the node's network, processes or shared memory.",
    fix: `Remove \`hostNetwork\`, \`hostPID\` or \`hostIPC\` from the pod spec (use a Service or a \`hostPort\` for network access), ${GRANT}`
  },
  "psp-host-ports": {
    family: "violation",
    securitySeverity: 6,
    precision: "very-high",
    fullDescription: "A container port uses a `hostPort` outside every range of the policy's `hostPorts`. With `hostNetwork: true` every container port counts as a host port.",
    fix: `Remove \`hostPort\` and expose the port through a Service, ${GRANT} Widening \`hostPorts\` of the policy also works.`
  },
  "psp-volume-types": {
    family: "violation",
    securitySeverity: 6.5,
    precision: "very-high",
    fullDescription: "The pod uses a volume whose type is missing from the policy's `volumes` list. Since Kubernetes 1.21 the service-account token is a `projected` volume that every pod gets unless token automount is off.",
    fix: `Use an allowed volume type (for example a \`persistentVolumeClaim\` instead of \`hostPath\`, or \`automountServiceAccountToken: false\` when the token is not needed), add the type to the policy's \`volumes\`, ${GRANT}`
  },
  "psp-host-paths": {
    family: "violation",
    securitySeverity: 8,
    precision: "very-high",
    fullDescription: "A `hostPath` volume is outside every `allowedHostPaths` prefix of the policy, or a matching prefix is `readOnly: true` and a container mounts the volume writable.",
    fix: `Mount a path under an allowed prefix and set \`readOnly: true\` on every \`volumeMounts\` entry of the volume, ${GRANT}`
  },
  "psp-volume-drivers": {
    family: "violation",
    securitySeverity: 6,
    precision: "very-high",
    fullDescription: "A `flexVolume` driver is not in the policy's `allowedFlexVolumes`, or an inline `csi` volume driver is not in its `allowedCSIDrivers`.",
    fix: `Use an allowed driver (or a PersistentVolumeClaim, which these lists never restrict), add the driver to the policy, ${GRANT}`
  },
  "psp-capabilities": {
    family: "violation",
    securitySeverity: 7.5,
    precision: "very-high",
    fullDescription: "A container adds a Linux capability that the policy neither allows (`allowedCapabilities`) nor adds by default (`defaultAddCapabilities`), or does not drop one the policy requires to be dropped.",
    fix: `Remove the capability from \`securityContext.capabilities.add\` (most images need none; \`NET_BIND_SERVICE\` is the usual exception), allow it in the policy, ${GRANT}`
  },
  "psp-users-groups": {
    family: "violation",
    securitySeverity: 6.5,
    precision: "very-high",
    fullDescription: "A user or group id is not allowed: `runAsUser` or `runAsNonRoot` against the policy's `runAsUser` rule (for example root under `MustRunAsNonRoot`), or `runAsGroup`, `fsGroup` or `supplementalGroups` outside its ranges.",
    fix: `Run as a non-root user inside the policy's ranges (\`runAsUser\`, \`runAsGroup\`, \`fsGroup\`, \`supplementalGroups\`), or leave the fields unset so the policy's defaults apply; ${GRANT}`
  },
  "psp-selinux": {
    family: "violation",
    securitySeverity: 5.5,
    precision: "very-high",
    fullDescription: "The pod's or a container's `seLinuxOptions` differ from the options a `seLinux: MustRunAs` policy requires.",
    fix: `Remove \`seLinuxOptions\` so the policy writes its own, or set exactly the policy's \`user\`, \`role\`, \`type\` and \`level\`; ${GRANT}`
  },
  "psp-seccomp-apparmor": {
    family: "violation",
    securitySeverity: 5.5,
    precision: "very-high",
    fullDescription: "A seccomp profile (annotation or `seccompProfile` field) or an AppArmor profile annotation is not in the policy's allowed profile names, or the policy requires a profile and the pod sets none.",
    fix: `Use an allowed profile, usually \`seccompProfile: {type: RuntimeDefault}\` and AppArmor \`runtime/default\`, or give the policy a \`defaultProfileName\`; ${GRANT}`
  },
  "psp-sysctls": {
    family: "violation",
    securitySeverity: 6,
    precision: "very-high",
    fullDescription: "The pod sets a sysctl the policy forbids (`forbiddenSysctls`), or an unsafe sysctl the policy does not allow (`allowedUnsafeSysctls`).",
    fix: `Remove the sysctl from \`spec.securityContext.sysctls\` (set node-level tuning on the node), allow it in the policy's \`allowedUnsafeSysctls\`, ${GRANT}`
  },
  "psp-proc-mount": {
    family: "violation",
    securitySeverity: 7,
    precision: "very-high",
    fullDescription: "A container asks for `procMount: Unmasked`. The `ProcMountType` feature gate is off in every supported version, so the API server drops `allowedProcMountTypes` and every policy refuses it.",
    fix: "Remove `securityContext.procMount` (or set it to `Default`); on a cluster with the `ProcMountType` gate on, run podgate with `--feature-gates ProcMountType=true`."
  },
  "psp-read-only-root-filesystem": {
    family: "violation",
    securitySeverity: 4,
    precision: "very-high",
    fullDescription: "A container sets `readOnlyRootFilesystem: false` under a policy with `readOnlyRootFilesystem: true`.",
    fix: `Set \`readOnlyRootFilesystem: true\` (or leave it unset) and mount an \`emptyDir\` where the program writes, ${GRANT}`
  },
  "psp-privilege-escalation": {
    family: "violation",
    securitySeverity: 7,
    precision: "very-high",
    fullDescription: "A container sets `allowPrivilegeEscalation: true` under a policy with `allowPrivilegeEscalation: false`: setuid binaries could gain more privileges than the process started with.",
    fix: `Set \`allowPrivilegeEscalation: false\` (or leave it unset: the policy then writes \`false\`), ${GRANT}`
  },
  "psp-runtime-class": {
    family: "violation",
    securitySeverity: 5,
    precision: "very-high",
    fullDescription: "The pod's `runtimeClassName` is not in the policy's `runtimeClass.allowedRuntimeClassNames`.",
    fix: `Use an allowed RuntimeClass or leave \`runtimeClassName\` unset (the policy's default applies), ${GRANT}`
  },
  "psp-no-usable-policy": {
    family: "admission",
    securitySeverity: 5,
    precision: "high",
    fullDescription: "Neither the pod's service account nor the requesting user may `use` any PodSecurityPolicy, so the API server refuses the pod with an empty list: `unable to admit pod: []`.",
    fix: "Grant `use` (apiGroups `policy`, resource `podsecuritypolicies`) of a policy that admits the pod to its service account, with a ClusterRole and a RoleBinding in the pod's namespace. Controller-created pods are authorized through their service account, not the person who applies them."
  },
  "psp-no-policies": {
    family: "admission",
    securitySeverity: 5,
    precision: "high",
    fullDescription: "No valid PodSecurityPolicy exists (none is declared, or every one is refused or ignored), so with the PodSecurityPolicy admission plugin enabled every pod is forbidden.",
    fix: "Declare the cluster's policies, or pass them with `--cluster`, and fix every `invalid-pod-security-policy` and `ignored-pod-security-policy` finding."
  },
  "psp-validate-phase": {
    family: "admission",
    securitySeverity: 5,
    precision: "high",
    fullDescription: "The pod was admitted, then changed before the validating phase (seccomp annotation and field synchronisation, 1.19+), and no usable policy admits the changed pod: `unable to validate pod`.",
    fix: "Set the seccomp profile once, as the `seccompProfile` field with `type: RuntimeDefault`, instead of a `docker/default` annotation, or allow both `runtime/default` and `docker/default` in the policy."
  },
  "service-account-not-found": {
    family: "admission",
    securitySeverity: 4,
    precision: "high",
    fullDescription: "The pod names a service account that does not exist (with `--require-service-accounts`): ServiceAccount admission refuses the pod before PodSecurityPolicy runs.",
    fix: "Declare the ServiceAccount in the pod's namespace, pass it with `--cluster` if the cluster already has it, or correct `serviceAccountName`."
  },
  "service-account-not-declared": {
    family: "admission",
    securitySeverity: 2,
    precision: "medium",
    fullDescription: "The pod's service account is not declared in the manifests; podgate assumes it exists in the cluster.",
    fix: "Declare the ServiceAccount, or pass the cluster's objects with `--cluster`; `--require-service-accounts` turns this into a rejection."
  },
  "invalid-pod": {
    family: "admission",
    securitySeverity: 4,
    precision: "high",
    fullDescription: "Object validation refuses the pod (HTTP 422 `is invalid`), for example a container port outside 1–65535.",
    fix: "Correct the field the message names; the API server never stores such a pod."
  },
  "invalid-pod-security-policy": {
    family: "policy",
    securitySeverity: 6,
    precision: "very-high",
    fullDescription: "The API server refuses this PodSecurityPolicy (`is invalid`): it is never stored, so it neither admits nor restricts any pod.",
    fix: "Correct the field the message names (unsupported rule or volume names, a capability both allowed and required to be dropped, `..` in a host path prefix…)."
  },
  "ignored-pod-security-policy": {
    family: "policy",
    securitySeverity: 6,
    precision: "high",
    fullDescription: "The API server stores this PodSecurityPolicy but admission silently never uses it, for example `runAsUser: MustRunAs` without `ranges` or `seLinux: MustRunAs` without `seLinuxOptions`.",
    fix: "Give the rule what it needs (`ranges` for `MustRunAs`/`MayRunAs`, `seLinuxOptions` for SELinux `MustRunAs`) or use `RunAsAny`."
  },
  "binding-to-missing-role": {
    family: "rbac",
    securitySeverity: 4,
    precision: "high",
    fullDescription: "A RoleBinding or ClusterRoleBinding refers to a Role or ClusterRole that does not exist (or a kind it cannot refer to): it grants nothing, so the `use` it was meant to grant is missing.",
    fix: "Declare the role (or pass it with `--cluster`), or correct `roleRef.kind` and `roleRef.name`."
  },
  "invalid-aggregation-rule": {
    family: "rbac",
    securitySeverity: 4,
    precision: "high",
    fullDescription: "A ClusterRole's `aggregationRule` cannot be applied by the aggregation controller (an invalid label selector, no selector, or a cycle), so its rules are not what the manifest intends.",
    fix: "Correct the `clusterRoleSelectors` (operators `In`, `NotIn`, `Exists`, `DoesNotExist`) or write the rules into the role directly."
  },
  "duplicate-object": {
    family: "input",
    securitySeverity: 3,
    precision: "very-high",
    fullDescription: "The same PodSecurityPolicy, role or binding is declared more than once; the later one replaces the earlier, as `kubectl apply` would.",
    fix: "Keep one declaration of the object, or rename one of them."
  },
  "yaml-syntax": {
    family: "input",
    securitySeverity: 3,
    precision: "very-high",
    fullDescription: "A YAML document cannot be parsed as kubectl parses it, so the objects in it are not checked; the other documents of the file still are.",
    fix: "Fix the YAML at the reported line (indentation, an unclosed quote or bracket, a tab)."
  },
  "unrendered-template": {
    family: "input",
    securitySeverity: 2,
    precision: "high",
    fullDescription: "A document contains template syntax (`{{ … }}`), so the objects in it are not checked.",
    fix: "Render the templates first (`helm template`, `kustomize build`) and run podgate on the output, or leave the template files out with `--ignore`."
  },
  "invalid-object": {
    family: "input",
    securitySeverity: 3,
    precision: "high",
    fullDescription: "A Kubernetes object has a field of the wrong type or lacks a required one (no `metadata.name`, `containers` not a list), so the API server would refuse it and its pods are not judged.",
    fix: "Correct the field the message names."
  },
  "unknown-api-version": {
    family: "input",
    securitySeverity: 2,
    precision: "high",
    fullDescription: "An object of a known kind (Deployment, PodSecurityPolicy…) uses an apiVersion podgate does not know, so it is not evaluated; a custom resource that reuses a built-in kind name gets a note.",
    fix: "Use the kind's served apiVersion (`apps/v1`, `batch/v1`, `policy/v1beta1`, `rbac.authorization.k8s.io/v1`)."
  },
  "api-version-not-served": {
    family: "input",
    securitySeverity: 2,
    precision: "very-high",
    fullDescription: "The target Kubernetes version no longer (or not yet) serves this apiVersion, so `kubectl apply` would fail; podgate still judges the object as the current version.",
    fix: "Move the object to the served apiVersion (for example `apps/v1` Deployments, `batch/v1` CronJobs from 1.21), or set `--kubernetes-version` to the cluster's version."
  },
  "unreadable-file": {
    family: "input",
    securitySeverity: 3,
    precision: "very-high",
    fullDescription: "A file could not be read as a manifest (binary, not UTF-8, larger than `--max-file-size`, or unreadable), so nothing in it is checked.",
    fix: "Leave the file out with `--ignore`, raise `--max-file-size`, or save it as UTF-8 text."
  },
  "kustomize-patch": {
    family: "input",
    securitySeverity: 1,
    precision: "very-high",
    fullDescription: "A file that a `kustomization.yaml` names as a patch is a fragment, not an object the cluster receives, so it is not judged on its own.",
    fix: "Run podgate on the output of `kustomize build` to judge the patched objects."
  },
  "renderer-not-found": {
    family: "input",
    securitySeverity: 3,
    precision: "very-high",
    fullDescription: "A directory is a Helm chart or a kustomization that podgate was asked to render, but `helm` or `kubectl` is not on PATH, so nothing in it is checked.",
    fix: "Install the program (`helm`, or `kubectl` for `kubectl kustomize`), or render elsewhere and pipe the output to `podgate -`."
  },
  "render-failed": {
    family: "input",
    securitySeverity: 3,
    precision: "very-high",
    fullDescription: "`helm template` or `kubectl kustomize` exited with an error while rendering a directory, so nothing in it is checked.",
    fix: "Run the command the message shows and fix what it reports (a missing values file, a template error, an unreachable remote base)."
  },
  "invalid-suppression": {
    family: "input",
    securitySeverity: 2,
    precision: "very-high",
    fullDescription: "A `podgate.dev/ignore` annotation cannot be used as written (no reason, an unknown rule id, not a string), so the findings it meant to suppress still fail the run.",
    fix: "Write one `RULE-ID[, RULE-ID…]: REASON` line per clause (or `*: REASON`), with rule ids from the catalog and a non-empty reason."
  },
  "pss-violation": {
    family: "admission",
    securitySeverity: 7,
    precision: "high",
    fullDescription: "PodSecurity admission would refuse the pod (or the pod a controller creates from this template): it fails a check of the enforce level of its namespace (`pod-security.kubernetes.io/enforce` label, or the configured default). One finding per failed check.",
    fix: "Change the pod spec so the named check passes (for `restricted`: `runAsNonRoot: true`, `allowPrivilegeEscalation: false`, `capabilities.drop: [ALL]`, `seccompProfile.type: RuntimeDefault`), or lower the namespace's `pod-security.kubernetes.io/enforce` level."
  },
  "pss-warning": {
    family: "admission",
    securitySeverity: 4,
    precision: "high",
    fullDescription: "The pod or the workload's pod template would violate the audit or warn level of its namespace (kubectl prints `Warning: would violate PodSecurity ...`), or, when nothing is configured, the `restricted:latest` level podgate checks as advice.",
    fix: "Change the pod spec so the named check passes, or set the namespace's `pod-security.kubernetes.io/warn` and `audit` levels to what the workload really needs."
  }
};

// src/rules/catalog.ts
var DOCS_BASE_URL = "https://github.com/podgate/podgate/blob/main/docs/rules/";
var COMMON_TAGS = ["security", "kubernetes", "pod-security-policy"];
function rule(id, severity, title) {
  const text = RULE_TEXTS[id];
  const docsUrl = `${DOCS_BASE_URL}${id}.md`;
  return {
    id,
    severity,
    title,
    family: text.family,
    docsUrl,
    fullDescription: text.fullDescription,
    help: `${text.fix.replaceAll("`", "")} See ${docsUrl}`,
    helpMarkdown: `${text.fix}

[podgate docs: ${id}](${docsUrl})`,
    securitySeverity: text.securitySeverity.toFixed(1),
    tags: [...COMMON_TAGS, text.family],
    precision: text.precision
  };
}
var VIOLATION_RULES = {
  privileged: rule("psp-privileged", "error", "Privileged container not allowed by any usable PodSecurityPolicy"),
  hostNamespaces: rule("psp-host-namespaces", "error", "Host network, PID or IPC namespace not allowed"),
  hostPorts: rule("psp-host-ports", "error", "Host port not allowed"),
  volumeTypes: rule("psp-volume-types", "error", "Volume type not allowed"),
  hostPaths: rule("psp-host-paths", "error", "Host path not allowed or not mounted read-only"),
  volumeDrivers: rule("psp-volume-drivers", "error", "flexVolume or inline CSI driver not allowed"),
  capabilities: rule("psp-capabilities", "error", "Capability not allowed or required drop missing"),
  usersGroups: rule("psp-users-groups", "error", "User or group id not allowed"),
  seLinux: rule("psp-selinux", "error", "SELinux options not allowed"),
  seccompAppArmor: rule("psp-seccomp-apparmor", "error", "Seccomp or AppArmor profile not allowed"),
  sysctls: rule("psp-sysctls", "error", "Sysctl not allowed"),
  procMount: rule("psp-proc-mount", "error", "procMount type not allowed"),
  readOnlyRootFilesystem: rule("psp-read-only-root-filesystem", "error", "Root filesystem must be read-only"),
  privilegeEscalation: rule("psp-privilege-escalation", "error", "Privilege escalation not allowed"),
  runtimeClass: rule("psp-runtime-class", "error", "RuntimeClass not allowed")
};
var RULES = {
  ...VIOLATION_RULES,
  noUsablePolicy: rule("psp-no-usable-policy", "error", "No PodSecurityPolicy is usable by the requesting user or the pod's service account"),
  noPolicies: rule("psp-no-policies", "error", "No valid PodSecurityPolicy exists: every pod is forbidden"),
  validatePhase: rule("psp-validate-phase", "error", "Pod admitted but changed before validation, then rejected"),
  serviceAccountMissing: rule("service-account-not-found", "error", "The pod's service account does not exist"),
  serviceAccountNotDeclared: rule("service-account-not-declared", "note", "The pod's service account is not declared in the manifests"),
  invalidPod: rule("invalid-pod", "error", "The API server rejects the pod object itself"),
  invalidPolicy: rule("invalid-pod-security-policy", "error", "PodSecurityPolicy object the API server refuses"),
  ignoredPolicy: rule("ignored-pod-security-policy", "warning", "PodSecurityPolicy the API server silently ignores"),
  bindingToMissingRole: rule("binding-to-missing-role", "warning", "Binding refers to a role that does not exist"),
  invalidAggregationRule: rule("invalid-aggregation-rule", "warning", "ClusterRole aggregation rule the controller cannot apply"),
  duplicateObject: rule("duplicate-object", "warning", "Object declared more than once"),
  yamlSyntax: rule("yaml-syntax", "error", "Unparseable manifest"),
  unrenderedTemplate: rule("unrendered-template", "error", "Unrendered template"),
  invalidObject: rule("invalid-object", "error", "Object of the wrong shape"),
  unknownApiVersion: rule("unknown-api-version", "warning", "Unknown apiVersion for a known kind"),
  apiVersionNotServed: rule("api-version-not-served", "warning", "apiVersion not served by the target Kubernetes version"),
  unreadableFile: rule("unreadable-file", "error", "File that could not be read"),
  kustomizePatch: rule("kustomize-patch", "note", "Kustomize patch, not judged on its own"),
  rendererNotFound: rule("renderer-not-found", "error", "Helm or kubectl not found to render a chart or kustomization"),
  renderFailed: rule("render-failed", "error", "Rendering a chart or kustomization failed"),
  invalidSuppression: rule("invalid-suppression", "warning", "Invalid podgate.dev/ignore annotation"),
  pssViolation: rule("pss-violation", "error", "Pod forbidden by the namespace's Pod Security enforce level"),
  pssWarning: rule("pss-warning", "warning", "Pod or pod template would violate a Pod Security audit or warn level")
};
var FORBIDDING_RULE_IDS = new Set(
  [...Object.values(VIOLATION_RULES), RULES.noUsablePolicy, RULES.noPolicies, RULES.validatePhase, RULES.serviceAccountMissing, RULES.invalidPod, RULES.pssViolation].map((r7) => r7.id)
);
var SORTED_RULES = Object.values(RULES).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
var RULES_BY_ID = new Map(SORTED_RULES.map((r7) => [r7.id, r7]));
function allRules() {
  return [...SORTED_RULES];
}
function ruleForViolation(path6) {
  const r7 = VIOLATION_RULES;
  if (/\.privileged$/.test(path6)) return r7.privileged;
  if (/securityContext\.host(Network|PID|IPC)$/.test(path6)) return r7.hostNamespaces;
  if (/\.hostPort$/.test(path6)) return r7.hostPorts;
  if (/\.hostPath\.pathPrefix$|\.volumeMounts\[\d+\]\.readOnly$/.test(path6)) return r7.hostPaths;
  if (/^spec\.volumes\[\d+\]\.(driver|csi\.driver)$/.test(path6)) return r7.volumeDrivers;
  if (/^spec\.volumes\[\d+\]$/.test(path6)) return r7.volumeTypes;
  if (/\.capabilities(\.add|\.drop)?$/.test(path6)) return r7.capabilities;
  if (/\.seLinuxOptions(\.\w+)?$/.test(path6)) return r7.seLinux;
  if (/annotations\[(container\.)?(seccomp|apparmor)\./.test(path6)) return r7.seccompAppArmor;
  if (/sysctls\[\d+\]$/.test(path6)) return r7.sysctls;
  if (/\.procMount$/.test(path6)) return r7.procMount;
  if (/\.readOnlyRootFilesystem$/.test(path6)) return r7.readOnlyRootFilesystem;
  if (/\.allowPrivilegeEscalation$/.test(path6)) return r7.privilegeEscalation;
  if (/^spec\.runtimeClassName$/.test(path6)) return r7.runtimeClass;
  return r7.usersGroups;
}

// src/load/shape.ts
var INT32_MAX = 2 ** 31 - 1;
var INT64_LIMIT = 2 ** 63;
function describe2(value) {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && value !== null) return "a mapping";
  if (typeof value === "string") return `string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)}`;
  return `${typeof value} ${String(value)}`;
}
var isMapping2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function narrow(value, shape, path6, errors) {
  if (value === null || value === void 0) return void 0;
  return narrowerOf(shape)(value, [...path6], errors);
}
var narrowers = /* @__PURE__ */ new WeakMap();
function narrowerOf(shape) {
  switch (shape) {
    case "string":
      return (value, path6, errors) => typeof value === "string" ? value : fail(value, "a string", path6, errors);
    case "bool":
      return (value, path6, errors) => typeof value === "boolean" ? value : fail(value, "a boolean", path6, errors);
    case "int32":
    case "int64": {
      const limit = shape === "int32" ? INT32_MAX : INT64_LIMIT;
      return (value, path6, errors) => {
        if (typeof value !== "number" || !Number.isInteger(value)) return fail(value, "an integer", path6, errors);
        return value > limit || value < -limit - 1 ? fail(value, `an integer that fits ${shape}`, path6, errors) : value;
      };
    }
    case "present":
      return (value, path6, errors) => isMapping2(value) ? {} : fail(value, "a mapping", path6, errors);
    case "stringMap":
      return narrowStringMap;
  }
  let narrower = narrowers.get(shape);
  if (narrower === void 0) {
    narrower = "array" in shape ? arrayNarrower(shape.array) : objectNarrower(shape.object);
    narrowers.set(shape, narrower);
  }
  return narrower;
}
function narrowStringMap(value, path6, errors) {
  if (!isMapping2(value)) return fail(value, "a mapping of strings", path6, errors);
  const out = {};
  for (const key2 of Object.keys(value)) {
    const item = value[key2];
    if (item === null) continue;
    if (typeof item === "string") defineField(out, key2, item);
    else errors.push({ path: [...path6, key2], message: `expected a string, got ${describe2(item)}` });
  }
  return out;
}
function arrayNarrower(itemShape) {
  let item;
  return (value, path6, errors) => {
    if (!Array.isArray(value)) return fail(value, "a list", path6, errors);
    item ??= narrowerOf(itemShape);
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const element = value[i];
      path6.push(i);
      out[i] = (element === null || element === void 0 ? void 0 : item(element, path6, errors)) ?? zeroValue(itemShape);
      path6.pop();
    }
    return out;
  };
}
var FEW_FIELDS = 8;
function objectNarrower(fieldShapes) {
  const names = Object.keys(fieldShapes);
  const index2 = new Map(names.map((name, i) => [name, i]));
  let fields;
  return (value, path6, errors) => {
    if (!isMapping2(value)) return fail(value, "a mapping", path6, errors);
    fields ??= names.map((name) => narrowerOf(fieldShapes[name]));
    const out = {};
    let present;
    if (names.length > FEW_FIELDS) {
      present = [];
      for (const key2 in value) {
        const at4 = index2.get(key2);
        if (at4 !== void 0) present.push(at4);
      }
      if (present.length > 1) present.sort((a, b) => a - b);
    }
    const count = present === void 0 ? names.length : present.length;
    for (let k2 = 0; k2 < count; k2++) {
      const at4 = present === void 0 ? k2 : present[k2];
      const name = names[at4];
      const field = value[name];
      if (field === null || field === void 0 || !Object.prototype.hasOwnProperty.call(value, name)) continue;
      path6.push(name);
      const narrowed = fields[at4](field, path6, errors);
      path6.pop();
      if (narrowed !== void 0) out[name] = narrowed;
    }
    return out;
  };
}
function fail(value, expected, path6, errors) {
  errors.push({ path: [...path6], message: `expected ${expected}, got ${describe2(value)}` });
  return void 0;
}
function zeroValue(shape) {
  if (shape === "string") return "";
  if (shape === "bool") return false;
  if (shape === "int32" || shape === "int64") return 0;
  if (typeof shape === "object" && "array" in shape) return [];
  return {};
}
function defineField(target, key2, value) {
  if (key2 === "__proto__") Object.defineProperty(target, key2, { value, enumerable: true, writable: true, configurable: true });
  else target[key2] = value;
}
function renderShapePath(path6) {
  let out = "";
  for (const part of path6) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out;
}

// src/api/core.ts
var VOLUME_SOURCE_FIELDS = [
  "hostPath",
  "emptyDir",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "persistentVolumeClaim",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "downwardAPI",
  "fc",
  "azureFile",
  "configMap",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "storageos",
  "projected",
  "portworxVolume",
  "scaleIO",
  "csi",
  "ephemeral"
];

// src/load/shapes.ts
var strings = { array: "string" };
var metadata = {
  object: { name: "string", generateName: "string", namespace: "string", labels: "stringMap", annotations: "stringMap" }
};
var seLinuxOptions = { object: { user: "string", role: "string", type: "string", level: "string" } };
var seccompProfile = { object: { type: "string", localhostProfile: "string" } };
var securityContext = {
  object: {
    capabilities: { object: { add: strings, drop: strings } },
    privileged: "bool",
    seLinuxOptions,
    runAsUser: "int64",
    runAsGroup: "int64",
    runAsNonRoot: "bool",
    readOnlyRootFilesystem: "bool",
    allowPrivilegeEscalation: "bool",
    procMount: "string",
    seccompProfile
  }
};
var container = {
  object: {
    name: "string",
    image: "string",
    ports: { array: { object: { name: "string", containerPort: "int32", hostPort: "int32", protocol: "string" } } },
    volumeMounts: { array: { object: { name: "string", mountPath: "string", readOnly: "bool" } } },
    securityContext
  }
};
var volumeFields = {};
for (const source of VOLUME_SOURCE_FIELDS) volumeFields[source] = "present";
volumeFields.name = "string";
volumeFields.hostPath = { object: { path: "string", type: "string" } };
volumeFields.flexVolume = { object: { driver: "string" } };
volumeFields.csi = { object: { driver: "string" } };
volumeFields.persistentVolumeClaim = { object: { claimName: "string" } };
volumeFields.projected = { object: { sources: { array: { object: { serviceAccountToken: "present", secret: "present", configMap: "present", downwardAPI: "present" } } } } };
var podSecurityContext = {
  object: {
    seLinuxOptions,
    runAsUser: "int64",
    runAsGroup: "int64",
    runAsNonRoot: "bool",
    supplementalGroups: { array: "int64" },
    fsGroup: "int64",
    sysctls: { array: { object: { name: "string", value: "string" } } },
    seccompProfile
  }
};
var POD_SPEC_SHAPE = {
  object: {
    volumes: { array: { object: volumeFields } },
    initContainers: { array: container },
    containers: { array: container },
    ephemeralContainers: { array: container },
    serviceAccountName: "string",
    serviceAccount: "string",
    automountServiceAccountToken: "bool",
    hostNetwork: "bool",
    hostPID: "bool",
    hostIPC: "bool",
    securityContext: podSecurityContext,
    runtimeClassName: "string"
  }
};
var POD_TEMPLATE_SHAPE = { object: { metadata, spec: POD_SPEC_SHAPE } };
var idRanges = { array: { object: { min: "int64", max: "int64" } } };
var idStrategy = { object: { rule: "string", ranges: idRanges } };
var PSP_SHAPE = {
  object: {
    metadata,
    spec: {
      object: {
        privileged: "bool",
        defaultAddCapabilities: strings,
        requiredDropCapabilities: strings,
        allowedCapabilities: strings,
        volumes: strings,
        hostNetwork: "bool",
        hostPorts: { array: { object: { min: "int32", max: "int32" } } },
        hostPID: "bool",
        hostIPC: "bool",
        seLinux: { object: { rule: "string", seLinuxOptions } },
        runAsUser: idStrategy,
        runAsGroup: idStrategy,
        supplementalGroups: idStrategy,
        fsGroup: idStrategy,
        readOnlyRootFilesystem: "bool",
        defaultAllowPrivilegeEscalation: "bool",
        allowPrivilegeEscalation: "bool",
        allowedHostPaths: { array: { object: { pathPrefix: "string", readOnly: "bool" } } },
        allowedFlexVolumes: { array: { object: { driver: "string" } } },
        allowedCSIDrivers: { array: { object: { name: "string" } } },
        allowedUnsafeSysctls: strings,
        forbiddenSysctls: strings,
        allowedProcMountTypes: strings,
        runtimeClass: { object: { allowedRuntimeClassNames: strings, defaultRuntimeClassName: "string" } }
      }
    }
  }
};
var policyRule = {
  object: { verbs: strings, apiGroups: strings, resources: strings, resourceNames: strings, nonResourceURLs: strings }
};
var labelSelector = {
  object: {
    matchLabels: "stringMap",
    matchExpressions: { array: { object: { key: "string", operator: "string", values: strings } } }
  }
};
var ROLE_SHAPE = {
  object: { metadata, rules: { array: policyRule }, aggregationRule: { object: { clusterRoleSelectors: { array: labelSelector } } } }
};
var BINDING_SHAPE = {
  object: {
    metadata,
    subjects: { array: { object: { kind: "string", name: "string", namespace: "string", apiGroup: "string" } } },
    roleRef: { object: { kind: "string", name: "string", apiGroup: "string" } }
  }
};
var SERVICE_ACCOUNT_SHAPE = { object: { metadata, automountServiceAccountToken: "bool" } };
var NAMESPACE_SHAPE = { object: { metadata } };
var METADATA_SHAPE = { object: { metadata } };

// src/load/objects.ts
var BUILT_IN_GROUPS = /* @__PURE__ */ new Set(["", "apps", "extensions", "batch", "policy", "rbac.authorization.k8s.io"]);
var CLUSTER_SCOPED = /* @__PURE__ */ new Set(["PodSecurityPolicy", "ClusterRole", "ClusterRoleBinding", "Namespace"]);
function readObjects(objects, options, locator) {
  const cluster = { policies: [], roles: [], bindings: [], serviceAccounts: [], namespaces: [] };
  const workloads = [];
  const diagnostics = [];
  const report = (source, ruleId, severity, message, path6 = [], ref) => {
    const diagnostic = { ruleId, severity, message, location: locator.locate(source, path6), related: [] };
    if (ref) diagnostic.object = ref;
    diagnostics.push(diagnostic);
  };
  for (const source of objects) {
    const { apiVersion, kind } = source.value;
    const absent = (value) => value === void 0 || value === null;
    if (absent(kind) || absent(apiVersion) && !(typeof kind === "string" && (WORKLOAD_KINDS.has(kind) || CLUSTER_KINDS.has(kind)))) continue;
    if (typeof apiVersion !== "string" || typeof kind !== "string" || apiVersion === "" || kind === "") {
      report(source, "invalid-object", "error", "A Kubernetes object needs string `apiVersion` and `kind` fields; this one was not read");
      continue;
    }
    const isWorkload = WORKLOAD_KINDS.has(kind);
    if (!isWorkload && !CLUSTER_KINDS.has(kind)) continue;
    const ref = objectRef(source, apiVersion, kind, options.defaultNamespace);
    const known = kind;
    const status = apiVersionStatus(known, apiVersion, options.kubeMinor);
    if (status === "unknown" && !BUILT_IN_GROUPS.has(apiVersion.includes("/") ? apiVersion.split("/")[0] ?? "" : "")) {
      report(source, "unknown-api-version", "note", `${apiVersion} ${kind} is a custom resource, not the built-in ${kind}: its pods are created by its operator and are not judged here`, ["apiVersion"], ref);
      continue;
    }
    if (status === "unknown") {
      report(source, "unknown-api-version", "warning", `${kind} is not served as ${apiVersion} (known: ${knownApiVersions(known).join(", ")}); this object was not evaluated`, ["apiVersion"], ref);
      continue;
    }
    if (status === "not-served") {
      report(source, "api-version-not-served", "warning", `Kubernetes 1.${options.kubeMinor} does not serve ${kind} as ${apiVersion}: kubectl apply would fail; podgate evaluates it as the current version`, ["apiVersion"], ref);
    }
    const metadata2 = source.value.metadata;
    const named = typeof metadata2?.name === "string" && metadata2.name !== "";
    const generated = kind === "Pod" && typeof metadata2?.generateName === "string" && metadata2.generateName !== "";
    if (!named && !generated) {
      report(source, "invalid-object", "error", `${kind} has no metadata.name; the API server would reject it`, ["metadata"], ref);
      continue;
    }
    const narrowed = narrowObject(source, isWorkload ? METADATA_SHAPE : shapeOf(kind), (errors) => {
      for (const error of errors) {
        report(source, "invalid-object", "error", `${renderShapePath(error.path)}: ${error.message}; the API server would reject this ${kind}`, error.path, ref);
      }
    });
    if (narrowed === void 0) continue;
    if (isWorkload) {
      workloads.push({ source, ref, kind });
      continue;
    }
    addClusterObject(cluster, kind, source, ref, narrowed);
  }
  return { cluster, workloads, diagnostics };
}
function shapeOf(kind) {
  switch (kind) {
    case "PodSecurityPolicy":
      return PSP_SHAPE;
    case "Role":
    case "ClusterRole":
      return ROLE_SHAPE;
    case "RoleBinding":
    case "ClusterRoleBinding":
      return BINDING_SHAPE;
    case "ServiceAccount":
      return SERVICE_ACCOUNT_SHAPE;
    case "Namespace":
      return NAMESPACE_SHAPE;
  }
}
function narrowObject(source, shape, onErrors) {
  const errors = [];
  const narrowed = narrow(source.value, shape, [], errors);
  if (errors.length > 0) {
    onErrors(errors);
    return void 0;
  }
  return narrowed;
}
function addClusterObject(cluster, kind, source, ref, value) {
  const metadata2 = { ...value.metadata, name: ref.name };
  if (ref.namespace !== void 0) metadata2.namespace = ref.namespace;
  else delete metadata2.namespace;
  switch (kind) {
    case "PodSecurityPolicy":
      cluster.policies.push({ source, ref, value: { apiVersion: ref.apiVersion, kind, metadata: metadata2, spec: value.spec ?? {} } });
      return;
    case "Role":
    case "ClusterRole": {
      const role = { kind, metadata: metadata2, rules: value.rules ?? [] };
      if (value.aggregationRule !== void 0) role.aggregationRule = value.aggregationRule;
      cluster.roles.push({ source, ref, value: role });
      return;
    }
    case "RoleBinding":
    case "ClusterRoleBinding": {
      const roleRef = value.roleRef ?? {};
      const binding = {
        kind,
        metadata: metadata2,
        subjects: (value.subjects ?? []).map((subject) => ({ ...subject, kind: subject.kind ?? "", name: subject.name ?? "" })),
        roleRef: { kind: roleRef.kind ?? "", name: roleRef.name ?? "", ...roleRef.apiGroup !== void 0 ? { apiGroup: roleRef.apiGroup } : {} }
      };
      cluster.bindings.push({ source, ref, value: binding });
      return;
    }
    case "ServiceAccount": {
      const sa = { namespace: ref.namespace ?? "default", name: ref.name };
      if (typeof value.automountServiceAccountToken === "boolean") sa.automountServiceAccountToken = value.automountServiceAccountToken;
      cluster.serviceAccounts.push({ source, ref, value: sa });
      return;
    }
    case "Namespace":
      cluster.namespaces.push({ source, ref, value: { name: ref.name } });
      return;
  }
}
function objectRef(source, apiVersion, kind, defaultNamespace) {
  const metadata2 = typeof source.value.metadata === "object" && source.value.metadata !== null ? source.value.metadata : {};
  const name = typeof metadata2.name === "string" ? metadata2.name : typeof metadata2.generateName === "string" ? metadata2.generateName : "";
  const ref = { apiVersion, kind, name };
  if (!CLUSTER_SCOPED.has(kind)) ref.namespace = typeof metadata2.namespace === "string" && metadata2.namespace !== "" ? metadata2.namespace : defaultNamespace;
  return ref;
}

// src/load/pod-templates.ts
var TEMPLATE_PATHS = {
  Pod: [],
  Deployment: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  Job: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"]
};
var CREATORS = {
  Pod: "user",
  Deployment: "replicaset-controller",
  ReplicaSet: "replicaset-controller",
  StatefulSet: "statefulset-controller",
  DaemonSet: "daemon-set-controller",
  Job: "job-controller",
  CronJob: "job-controller",
  ReplicationController: "replication-controller"
};
function at2(value, path6) {
  let current = value;
  for (const segment of path6) {
    if (typeof current !== "object" || current === null) return void 0;
    current = current[segment];
  }
  return current;
}
function extractPod(source, ref, kind, options) {
  const templatePath = [...TEMPLATE_PATHS[kind]];
  const template = kind === "Pod" ? { metadata: source.value.metadata, spec: source.value.spec } : at2(source.value, templatePath);
  const errors = [];
  if (typeof template !== "object" || template === null) {
    return { errors: [{ path: templatePath, message: "the pod template is missing" }] };
  }
  const narrowed = narrow(template, POD_TEMPLATE_SHAPE, templatePath, errors);
  const spec = narrowed?.spec;
  if (spec === void 0 || spec.containers === void 0 || spec.containers.length === 0) {
    errors.push({ path: [...templatePath, "spec", "containers"], message: "Required value: a pod needs at least one container" });
  }
  if (errors.length > 0 || narrowed === void 0 || spec === void 0) return { errors };
  const { name: _name, generateName: _generateName, ...rest } = narrowed.metadata ?? {};
  const metadata2 = rest;
  if (kind === "Pod") {
    const own = source.value.metadata;
    if (typeof own.name === "string") metadata2.name = own.name;
    if (typeof own.generateName === "string") metadata2.generateName = own.generateName;
  }
  metadata2.namespace = ref.namespace ?? "default";
  let podSpec = applyPodDefaults(spec, options);
  let volumeOrigins = (podSpec.volumes ?? []).map((_2, i) => [...templatePath, "spec", "volumes", i]);
  if (kind === "StatefulSet") ({ spec: podSpec, origins: volumeOrigins } = withClaimVolumes(podSpec, source.value, ref.name, volumeOrigins));
  return {
    pod: {
      source,
      ref,
      kind,
      templatePath,
      pod: { metadata: metadata2, spec: podSpec },
      podName: podNameFor(kind, ref.name, source.value, metadata2, options.kubeMinor),
      creator: CREATORS[kind],
      volumeOrigins
    }
  };
}
function podNameFor(kind, name, object, metadata2, kubeMinor) {
  switch (kind) {
    case "Pod":
      return metadata2.name || metadata2.generateName || "Unknown";
    case "Deployment":
      return `${name}-{hash}-`;
    case "StatefulSet":
      return `${name}-0`;
    case "CronJob":
      return `${name}-{scheduled}-`;
    case "Job":
      return at2(object, ["spec", "completionMode"]) === "Indexed" && kubeMinor >= 21 ? `${name}-0-` : `${name}-`;
    default:
      return `${name}-`;
  }
}
function applyPodDefaults(spec, { kubeMinor }) {
  const out = kubeMinor < 23 ? without({ ...spec }, "ephemeralContainers") : { ...spec };
  out.securityContext = kubeMinor < 19 ? without({ ...spec.securityContext }, "seccompProfile") : { ...spec.securityContext };
  if (!out.serviceAccountName && out.serviceAccount) out.serviceAccountName = out.serviceAccount;
  if (out.volumes) out.volumes = out.volumes.map((volume2) => defaultVolume(volume2, kubeMinor));
  const hostNetwork = out.hostNetwork === true;
  const visit = (containers) => containers.map((container3) => defaultContainer(container3, hostNetwork, kubeMinor));
  if (out.initContainers !== void 0) out.initContainers = visit(out.initContainers);
  out.containers = visit(out.containers ?? []);
  if (out.ephemeralContainers !== void 0) out.ephemeralContainers = visit(out.ephemeralContainers);
  return out;
}
function without(object, key2) {
  if (!(key2 in object)) return object;
  const { [key2]: _dropped, ...rest } = object;
  return rest;
}
function defaultVolume(volume2, kubeMinor) {
  const out = kubeMinor < 19 ? without({ ...volume2 }, "ephemeral") : { ...volume2 };
  if (!VOLUME_SOURCE_FIELDS.some((field) => out[field] !== void 0)) out.emptyDir = {};
  return out;
}
function defaultContainer(container3, hostNetwork, kubeMinor) {
  const out = { ...container3 };
  if (hostNetwork && out.ports) {
    out.ports = out.ports.map((port) => port.hostPort ? port : { ...port, hostPort: port.containerPort ?? 0 });
  }
  if (kubeMinor < 19 && out.securityContext?.seccompProfile !== void 0) out.securityContext = without({ ...out.securityContext }, "seccompProfile");
  return out;
}
function withClaimVolumes(spec, object, setName, origins) {
  const templates = at2(object, ["spec", "volumeClaimTemplates"]);
  if (!Array.isArray(templates)) return { spec, origins };
  const claims = [];
  templates.forEach((template, k2) => {
    const name = at2(template, ["metadata", "name"]);
    if (typeof name === "string") claims.push({ name, origin: ["spec", "volumeClaimTemplates", k2] });
  });
  if (claims.length === 0) return { spec, origins };
  const names = new Set(claims.map((claim) => claim.name));
  const volumes = claims.map(({ name }) => ({ name, persistentVolumeClaim: { claimName: `${name}-${setName}-0` } }));
  const kept = claims.map((claim) => claim.origin);
  (spec.volumes ?? []).forEach((volume2, i) => {
    if (names.has(volume2.name)) return;
    volumes.push(volume2);
    kept.push(origins[i] ?? []);
  });
  return { spec: { ...spec, volumes }, origins: kept };
}

// src/api/policy.ts
var SECCOMP_POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
var SECCOMP_CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";
var SECCOMP_ALLOWED_PROFILES_ANNOTATION = "seccomp.security.alpha.kubernetes.io/allowedProfileNames";
var SECCOMP_DEFAULT_PROFILE_ANNOTATION = "seccomp.security.alpha.kubernetes.io/defaultProfileName";
var APPARMOR_CONTAINER_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
var APPARMOR_ALLOWED_PROFILES_ANNOTATION = "apparmor.security.beta.kubernetes.io/allowedProfileNames";
var APPARMOR_DEFAULT_PROFILE_ANNOTATION = "apparmor.security.beta.kubernetes.io/defaultProfileName";
var PSP_ANNOTATION = "kubernetes.io/psp";

// src/cluster/requester.ts
var DEFAULT_REQUESTING_USER = "podgate:requesting-user";
var ALL_UNAUTHENTICATED_GROUP = "system:unauthenticated";
var ANONYMOUS_USER = "system:anonymous";
function serviceAccountNamespace(name) {
  if (!name.startsWith(SERVICE_ACCOUNT_USERNAME_PREFIX)) return void 0;
  const parts = name.slice(SERVICE_ACCOUNT_USERNAME_PREFIX.length).split(":");
  if (parts.length !== 2 || parts[0] === "" || parts[1] === "") return void 0;
  return parts[0];
}
function impersonatedUser(name, groups) {
  let result = [...groups];
  const namespace = serviceAccountNamespace(name);
  if (result.length === 0 && namespace !== void 0) result = makeGroupNames(namespace);
  const hasAuthGroup = result.some((group) => group === ALL_AUTHENTICATED_GROUP || group === ALL_UNAUTHENTICATED_GROUP);
  if (!hasAuthGroup) result.push(name === ANONYMOUS_USER ? ALL_UNAUTHENTICATED_GROUP : ALL_AUTHENTICATED_GROUP);
  return { name, groups: result };
}
function requestingUser(kind, namespace, serviceAccount, options) {
  const mode = options.requester;
  switch (mode.mode) {
    case "as":
      return impersonatedUser(mode.user, mode.groups);
    case "service-account-only":
      return void 0;
    case "pod-service-account":
      return { name: makeUsername(namespace, serviceAccount), groups: [...makeGroupNames(namespace), ALL_AUTHENTICATED_GROUP] };
    case "default":
      return isControllerKind(kind) ? controllerUser(kind, { useServiceAccountCredentials: options.useServiceAccountCredentials }) : { name: DEFAULT_REQUESTING_USER, groups: [ALL_AUTHENTICATED_GROUP] };
  }
}

// src/cluster/service-account-admission.ts
var DEFAULT_API_TOKEN_MOUNT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
var PROJECTED_VOLUME_PREFIX = "kube-api-access-";
var MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";
function admitServiceAccount(pod, lookup, kubeMinor) {
  if (pod.metadata.annotations?.[MIRROR_POD_ANNOTATION] !== void 0) return admitMirrorPod(pod);
  const namespace = pod.metadata.namespace ?? "default";
  const name = pod.spec.serviceAccountName || "default";
  const spec = { ...pod.spec, serviceAccountName: name };
  const account = lookup(namespace, name);
  if (account === void 0) {
    return { admitted: false, message: `error looking up service account ${namespace}/${name}: serviceaccount ${JSON.stringify(name)} not found` };
  }
  const automount = pod.spec.automountServiceAccountToken ?? account.automountServiceAccountToken ?? true;
  if (!automount) return { admitted: true, pod: { ...pod, spec } };
  const projected = kubeMinor >= 21;
  const existing = projected ? spec.volumes?.find((volume3) => volume3.name.startsWith(PROJECTED_VOLUME_PREFIX)) : void 0;
  const volumeName = existing?.name ?? (projected ? PROJECTED_VOLUME.name : `${name}-token-xxxxx`);
  const mount = volumeName === PROJECTED_VOLUME.name ? PROJECTED_MOUNT : { name: volumeName, readOnly: true, mountPath: DEFAULT_API_TOKEN_MOUNT_PATH };
  let needsVolume = false;
  const withMount = (containers) => containers?.map((container3) => {
    if (container3.volumeMounts?.some((existingMount) => existingMount.mountPath === DEFAULT_API_TOKEN_MOUNT_PATH)) return container3;
    needsVolume = true;
    return { ...container3, volumeMounts: [...container3.volumeMounts ?? [], mount] };
  });
  const initContainers = withMount(spec.initContainers);
  if (initContainers) spec.initContainers = initContainers;
  spec.containers = withMount(spec.containers) ?? [];
  if (existing !== void 0 || !needsVolume) return { admitted: true, pod: { ...pod, spec } };
  const volume2 = projected ? PROJECTED_VOLUME : { name: volumeName, secret: { secretName: volumeName } };
  const tokenVolumeIndex = spec.volumes?.length ?? 0;
  spec.volumes = [...spec.volumes ?? [], volume2];
  return { admitted: true, pod: { ...pod, spec }, tokenVolumeIndex };
}
function deepFreeze(value) {
  if (typeof value === "object" && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}
var PROJECTED_VOLUME = deepFreeze({
  name: `${PROJECTED_VOLUME_PREFIX}xxxxx`,
  projected: {
    sources: [
      { serviceAccountToken: { path: "token", expirationSeconds: 3607 } },
      { configMap: { name: "kube-root-ca.crt", items: [{ key: "ca.crt", path: "ca.crt" }] } },
      { downwardAPI: { items: [{ path: "namespace", fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" } }] } }
    ]
  }
});
var PROJECTED_MOUNT = deepFreeze({ name: PROJECTED_VOLUME.name, readOnly: true, mountPath: DEFAULT_API_TOKEN_MOUNT_PATH });
function admitMirrorPod(pod) {
  if (pod.spec.serviceAccountName) return { admitted: false, message: "a mirror pod may not reference service accounts" };
  for (const volume2 of pod.spec.volumes ?? []) {
    if (volume2.secret !== void 0) return { admitted: false, message: "a mirror pod may not reference secrets" };
    const sources = volume2.projected?.sources ?? [];
    if (sources.some((source) => typeof source === "object" && source !== null && "secret" in source)) return { admitted: false, message: "a mirror pod may not reference secrets" };
    if (sources.some((source) => typeof source === "object" && source !== null && "serviceAccountToken" in source)) {
      return { admitted: false, message: "a mirror pod may not use ServiceAccountToken volume projections" };
    }
  }
  return { admitted: true, pod };
}

// src/psp/field.ts
var goNull = { kind: "null" };
var goInt = (value) => ({ kind: "int", value });
var goBool = (value) => ({ kind: "bool", value });
var goString = (value) => ({ kind: "string", value });
var goSlice = (type, items) => ({ kind: "slice", type, items });
var goInt64s = (items) => goSlice("[]int64", items?.map(goInt));
var goCapabilities = (items) => goSlice("[]core.Capability", items?.map(goString));
var goStrings = (items) => goSlice("[]string", items?.map(goString));
function child(path6, ...names) {
  let out = path6;
  for (const name of names) {
    if (name === "") continue;
    out = out === "" ? name : `${out}.${name}`;
  }
  return out;
}
var index = (path6, i) => `${path6}[${i}]`;
var key = (path6, k2) => `${path6}[${k2}]`;
function pathSegments(path6) {
  const segments = [];
  for (const match2 of path6.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) {
    if (match2[1] !== void 0) segments.push(match2[1]);
    else if (match2[2] !== void 0) segments.push(/^\d+$/.test(match2[2]) ? Number(match2[2]) : match2[2]);
  }
  return segments;
}
var invalid = (path6, value, detail) => ({
  type: "Invalid",
  path: path6,
  value,
  detail
});
var forbidden = (path6, detail) => ({ type: "Forbidden", path: path6, detail });
var required = (path6, detail) => ({ type: "Required", path: path6, detail });
var tooLong = (path6, maxLength) => ({ type: "TooLong", path: path6, detail: `must have at most ${maxLength} bytes` });
var duplicate = (path6, value) => ({ type: "Duplicate", path: path6, value, detail: "" });
var notSupported = (path6, value, supported) => ({
  type: "NotSupported",
  path: path6,
  value,
  detail: supported.length === 0 ? "" : "supported values: " + supported.map(quoteGo).join(", ")
});
var TYPE_TEXT = {
  Invalid: "Invalid value",
  Forbidden: "Forbidden",
  Required: "Required value",
  NotSupported: "Unsupported value",
  Duplicate: "Duplicate value",
  TooLong: "Too long"
};
function renderFieldError(error) {
  let body = TYPE_TEXT[error.type];
  if (error.type !== "Forbidden" && error.type !== "Required" && error.type !== "TooLong") {
    body += ": " + renderGoValue(error.value ?? goNull);
  }
  if (error.detail !== "") body += ": " + error.detail;
  return `${error.path}: ${body}`;
}
function renderGoValue(value) {
  switch (value.kind) {
    case "null":
      return '"null"';
    case "int":
      return String(value.value);
    case "bool":
      return value.value ? "true" : "false";
    case "string":
      return quoteGo(value.value);
    case "literal":
      return value.text;
    case "slice":
      if (value.items === void 0) return `${value.type}(nil)`;
      return `${value.type}{${value.items.map(renderGoValue).join(", ")}}`;
  }
}
function renderErrorList(errors) {
  return "[" + errors.map(renderFieldError).join(" ") + "]";
}
var SHORT_ESCAPES = {
  "\x07": "\\a",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "	": "\\t",
  "\v": "\\v",
  "\\": "\\\\",
  '"': '\\"'
};
function quoteGo(text) {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const short = SHORT_ESCAPES[ch];
    if (short !== void 0) out += short;
    else if (code < 32 || code === 127) out += "\\x" + code.toString(16).padStart(2, "0");
    else if (code === 65533 && ch !== "�") out += "\\x" + code.toString(16);
    else if (isNonPrintable(code)) {
      out += code > 65535 ? "\\U" + code.toString(16).padStart(8, "0") : "\\u" + code.toString(16).padStart(4, "0");
    } else out += ch;
  }
  return out + '"';
}
function isNonPrintable(code) {
  return code >= 128 && code <= 159 || code >= 55296 && code <= 57343 || code === 173 || code === 8232 || code === 8233 || code === 65279 || code >= 8203 && code <= 8207 || code >= 8288 && code <= 8292 || code === 160 || code === 12288 || code >= 8192 && code <= 8202;
}

// src/psp/clone.ts
function cloneData(value) {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneData);
  const out = {};
  for (const key2 of Object.keys(value)) {
    const item = cloneData(value[key2]);
    if (key2 === "__proto__") Object.defineProperty(out, key2, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key2] = item;
  }
  return out;
}
function clonePod(pod) {
  return cloneData(pod);
}
var copyContainers = (containers) => containers.map((container3) => ({ ...container3 }));
function copyForMutation(pod) {
  const spec = { ...pod.spec };
  if (spec.securityContext != null) spec.securityContext = { ...spec.securityContext };
  if (spec.initContainers != null) spec.initContainers = copyContainers(spec.initContainers);
  if (spec.containers != null) spec.containers = copyContainers(spec.containers);
  if (spec.ephemeralContainers != null) spec.ephemeralContainers = copyContainers(spec.ephemeralContainers);
  return { ...pod, metadata: { ...pod.metadata }, spec };
}

// src/psp/util/drivers.ts
function isFlexVolumeDriverAllowed(allowed, driver) {
  if (allowed === void 0 || allowed.length === 0) return true;
  return allowed.some((entry) => (entry.driver ?? "") === driver);
}
function isCSIDriverAllowed(allowed, driver) {
  if (allowed === void 0 || allowed.length === 0) return true;
  return allowed.some((entry) => (entry.name ?? "") === driver);
}
function validateFlexVolumeDriver(allowed, driver, volumePath) {
  if (isFlexVolumeDriverAllowed(allowed, driver)) return [];
  return [invalid(child(volumePath, "driver"), goString(driver), "Flexvolume driver is not allowed to be used")];
}
function validateCSIDriver(allowed, driver, volumePath) {
  if (isCSIDriverAllowed(allowed, driver)) return [];
  return [invalid(child(volumePath, "csi", "driver"), goString(driver), "Inline CSI driver is not allowed to be used")];
}

// src/psp/util/host-path.ts
var trimOneSlash = (text) => text.endsWith("/") ? text.slice(0, -1) : text;
function hasPathPrefix(path6, prefix2) {
  const s = trimOneSlash(path6);
  const p = trimOneSlash(prefix2);
  if (!s.startsWith(p)) return false;
  return s.length === p.length || s[p.length] === "/";
}
function allowsHostVolumePath(spec, path6) {
  const entries = spec.allowedHostPaths ?? [];
  if (entries.length === 0) return { allowed: true, mustBeReadOnly: false };
  let allowed = false;
  for (const entry of entries) {
    if (!hasPathPrefix(path6, entry.pathPrefix ?? "")) continue;
    if (entry.readOnly !== true) return { allowed: true, mustBeReadOnly: false };
    allowed = true;
  }
  return { allowed, mustBeReadOnly: allowed };
}

// src/psp/util/volumes.ts
var ALL = "*";
var VOLUME_SOURCES = VOLUME_SOURCE_FIELDS.map((field) => [field, field === "cephfs" ? "cephFS" : field]);
var VOLUME_SOURCE_FIELDS2 = VOLUME_SOURCES.map(([field]) => field);
var VOLUME_TYPES = VOLUME_SOURCES.map(([, type]) => type);
var SUPPORTED_VOLUME_TYPES = [ALL, ...VOLUME_TYPES].sort(compareCodePoints);
function volumeTypeOf(volume2) {
  for (const [field, type] of VOLUME_SOURCES) {
    if (Object.hasOwn(volume2, field) && volume2[field] !== void 0 && volume2[field] !== null) return type;
  }
  return void 0;
}
function allowsVolumeType(allowed, type) {
  return allowed?.some((entry) => entry === type || entry === ALL) ?? false;
}

// src/psp/volumes.ts
function validatePodVolumes(psp, pod, visitContainers3) {
  const errors = [];
  (pod.spec.volumes ?? []).forEach((volume2, i) => {
    const path6 = index("spec.volumes", i);
    const type = volumeTypeOf(volume2);
    if (type === void 0) {
      errors.push(invalid(path6, goString(""), "unknown volume type for volume"));
      return;
    }
    if (!allowsVolumeType(psp.spec.volumes, type)) {
      errors.push(invalid(path6, goString(type), `${type} volumes are not allowed to be used`));
      return;
    }
    if (type === "hostPath") {
      const hostPath = volume2.hostPath?.path ?? "";
      const { allowed, mustBeReadOnly } = allowsHostVolumePath(psp.spec, hostPath);
      if (!allowed) {
        errors.push(invalid(child(path6, "hostPath", "pathPrefix"), goString(hostPath), "is not allowed to be used"));
      } else if (mustBeReadOnly) {
        visitContainers3(pod, (container3, containerPath2) => {
          container3.volumeMounts?.forEach((mount, j2) => {
            if (mount.name === volume2.name && mount.readOnly !== true) {
              errors.push(invalid(child(index(child(containerPath2, "volumeMounts"), j2), "readOnly"), goBool(false), "must be read-only"));
            }
          });
        });
      }
    } else if (type === "flexVolume") {
      errors.push(...validateFlexVolumeDriver(psp.spec.allowedFlexVolumes, volume2.flexVolume?.driver ?? "", path6));
    } else if (type === "csi") {
      errors.push(...validateCSIDriver(psp.spec.allowedCSIDrivers, volume2.csi?.driver ?? "", path6));
    }
  });
  return errors;
}

// src/psp/util/host-ports.ts
function isHostPortAllowed(hostPorts3, port) {
  return hostPorts3?.some((range2) => port >= range2.min && port <= range2.max) ?? false;
}
function formatHostPortRanges(hostPorts3) {
  return (hostPorts3 ?? []).map((r7) => r7.min === r7.max ? `${r7.min}` : `${r7.min}-${r7.max}`).join(",");
}
function validateHostPorts(hostPorts3, container3, containerPath2) {
  const errors = [];
  for (const port of container3.ports ?? []) {
    const hostPort = port.hostPort ?? 0;
    if (hostPort > 0 && !isHostPortAllowed(hostPorts3, hostPort)) {
      const detail = `Host port ${hostPort} is not allowed to be used. Allowed ports: [${formatHostPortRanges(hostPorts3)}]`;
      errors.push(invalid(child(containerPath2, "hostPort"), goInt(hostPort), detail));
    }
  }
  return errors;
}

// src/psp/provider.ts
var LISTS = ["initContainers", "containers", "ephemeralContainers"];
function visitContainers(pod, visit) {
  for (const list2 of LISTS) pod.spec[list2]?.forEach((container3, i) => visit(container3, index(`spec.${list2}`, i)));
}
function mutatePod(provider, pod) {
  const { strategies, psp } = provider;
  const hadSecurityContext = pod.spec.securityContext !== void 0;
  const sc = pod.spec.securityContext ??= {};
  if (sc.supplementalGroups === void 0) {
    const groups = strategies.supplementalGroups.generate(pod);
    if (groups !== void 0) sc.supplementalGroups = groups;
  }
  if (sc.fsGroup === void 0) {
    const fsGroup = strategies.fsGroup.generateSingle(pod);
    if (fsGroup !== void 0) sc.fsGroup = fsGroup;
  }
  if (sc.seLinuxOptions === void 0) {
    const options = strategies.seLinux.generate(pod, void 0);
    if (options !== void 0) sc.seLinuxOptions = options;
  }
  const profile2 = strategies.seccomp.generate(pod.metadata.annotations, pod);
  if (profile2 !== "") pod.metadata.annotations = { ...pod.metadata.annotations, [SECCOMP_POD_ANNOTATION]: profile2 };
  if (!hadSecurityContext && Object.keys(sc).length === 0) delete pod.spec.securityContext;
  const runtimeClass = psp.spec.runtimeClass;
  if (runtimeClass?.defaultRuntimeClassName !== void 0 && pod.spec.runtimeClassName === void 0) {
    pod.spec.runtimeClassName = runtimeClass.defaultRuntimeClassName;
  }
  visitContainers(pod, (container3) => mutateContainer(provider, pod, container3));
}
function setEffective(pod, container3, field, value) {
  if (value === void 0 || value === effective(pod, container3, field)) return;
  container3.securityContext = { ...container3.securityContext, [field]: value };
}
function setOwn(container3, field, value) {
  if (container3.securityContext === void 0 && value === void 0) return;
  const sc = { ...container3.securityContext };
  if (value === void 0) delete sc[field];
  else sc[field] = value;
  container3.securityContext = sc;
}
function effective(pod, container3, field) {
  return container3.securityContext?.[field] ?? pod.spec.securityContext?.[field];
}
function mutateContainer(provider, pod, container3) {
  const { strategies, psp } = provider;
  if (effective(pod, container3, "runAsUser") === void 0) setEffective(pod, container3, "runAsUser", strategies.runAsUser.generate(pod, container3));
  if (effective(pod, container3, "runAsGroup") === void 0) setEffective(pod, container3, "runAsGroup", strategies.runAsGroup.generateSingle(pod));
  if (effective(pod, container3, "seLinuxOptions") === void 0) setEffective(pod, container3, "seLinuxOptions", strategies.seLinux.generate(pod, container3));
  const annotations = strategies.appArmor.generate(pod.metadata.annotations, container3);
  if (effective(pod, container3, "runAsNonRoot") === void 0 && effective(pod, container3, "runAsUser") === void 0 && psp.spec.runAsUser.rule === "MustRunAsNonRoot") {
    setEffective(pod, container3, "runAsNonRoot", true);
  }
  const capabilities = strategies.capabilities.generate(pod, container3);
  if (capabilities !== container3.securityContext?.capabilities) setOwn(container3, "capabilities", capabilities);
  if (psp.spec.readOnlyRootFilesystem === true && container3.securityContext?.readOnlyRootFilesystem === void 0) {
    setOwn(container3, "readOnlyRootFilesystem", true);
  }
  if (psp.spec.defaultAllowPrivilegeEscalation !== void 0 && container3.securityContext?.allowPrivilegeEscalation === void 0) {
    setOwn(container3, "allowPrivilegeEscalation", psp.spec.defaultAllowPrivilegeEscalation);
  }
  if (psp.spec.allowPrivilegeEscalation === false && container3.securityContext?.allowPrivilegeEscalation === void 0) {
    setOwn(container3, "allowPrivilegeEscalation", false);
  }
  if (annotations !== void 0) pod.metadata.annotations = annotations;
}
function validatePod(provider, pod) {
  const { strategies, psp } = provider;
  const errors = [];
  const sc = pod.spec.securityContext ?? {};
  const scPath = "spec.securityContext";
  errors.push(...strategies.fsGroup.validate(child(scPath, "fsGroup"), pod, sc.fsGroup === void 0 ? void 0 : [sc.fsGroup]));
  errors.push(...strategies.supplementalGroups.validate(child(scPath, "supplementalGroups"), pod, sc.supplementalGroups));
  errors.push(...strategies.seccomp.validatePod(pod));
  errors.push(...strategies.seLinux.validate(child(scPath, "seLinuxOptions"), pod, void 0, sc.seLinuxOptions));
  if (psp.spec.hostNetwork !== true && pod.spec.hostNetwork === true) errors.push(invalid(child(scPath, "hostNetwork"), goBool(true), "Host network is not allowed to be used"));
  if (psp.spec.hostPID !== true && pod.spec.hostPID === true) errors.push(invalid(child(scPath, "hostPID"), goBool(true), "Host PID is not allowed to be used"));
  if (psp.spec.hostIPC !== true && pod.spec.hostIPC === true) errors.push(invalid(child(scPath, "hostIPC"), goBool(true), "Host IPC is not allowed to be used"));
  errors.push(...strategies.sysctls.validate(pod));
  errors.push(...validatePodVolumes(psp, pod, visitContainers));
  if (psp.spec.runtimeClass !== void 0) errors.push(...validateRuntimeClassName(pod.spec.runtimeClassName, psp.spec.runtimeClass.allowedRuntimeClassNames));
  visitContainers(pod, (container3, path6) => errors.push(...validateContainer(provider, pod, container3, path6)));
  return errors;
}
function validateRuntimeClassName(actual, allowed) {
  if (actual === void 0 || (allowed ?? []).some((name) => name === "*" || name === actual)) return [];
  return [invalid("spec.runtimeClassName", goString(actual), "")];
}
function validateContainer(provider, pod, container3, containerPath2) {
  const { strategies, psp } = provider;
  const errors = [];
  const scPath = child(containerPath2, "securityContext");
  const own = container3.securityContext ?? {};
  const runAsGroup = effective(pod, container3, "runAsGroup");
  errors.push(...strategies.runAsUser.validate(scPath, pod, container3, effective(pod, container3, "runAsNonRoot"), effective(pod, container3, "runAsUser")));
  errors.push(...strategies.runAsGroup.validate(scPath, pod, runAsGroup === void 0 ? void 0 : [runAsGroup]));
  errors.push(...strategies.seLinux.validate(child(scPath, "seLinuxOptions"), pod, container3, effective(pod, container3, "seLinuxOptions")));
  errors.push(...strategies.appArmor.validate(pod, container3));
  errors.push(...strategies.seccomp.validateContainer(pod, container3));
  if (psp.spec.privileged !== true && own.privileged === true) errors.push(invalid(child(scPath, "privileged"), goBool(true), "Privileged containers are not allowed"));
  const procMount3 = own.procMount ?? "Default";
  const allowedProcMounts = psp.spec.allowedProcMountTypes?.length ? psp.spec.allowedProcMountTypes : ["Default"];
  if (!allowedProcMounts.includes(procMount3)) errors.push(invalid(child(scPath, "procMount"), goString(procMount3), "ProcMountType is not allowed"));
  errors.push(...strategies.capabilities.validate(child(scPath, "capabilities"), pod, container3, own.capabilities));
  errors.push(...validateHostPorts(psp.spec.hostPorts, container3, containerPath2));
  if (psp.spec.readOnlyRootFilesystem === true) {
    if (own.readOnlyRootFilesystem === void 0) errors.push(invalid(child(scPath, "readOnlyRootFilesystem"), goNull, "ReadOnlyRootFilesystem may not be nil and must be set to true"));
    else if (!own.readOnlyRootFilesystem) errors.push(invalid(child(scPath, "readOnlyRootFilesystem"), goBool(false), "ReadOnlyRootFilesystem must be set to true"));
  }
  if (psp.spec.allowPrivilegeEscalation === false && own.allowPrivilegeEscalation !== false) {
    const value = own.allowPrivilegeEscalation === void 0 ? goNull : goBool(true);
    errors.push(invalid(child(scPath, "allowPrivilegeEscalation"), value, "Allowing privilege escalation for containers is not allowed"));
  }
  return errors;
}

// src/psp/semantic-equal.ts
var isEmptyContainer = (value) => value === void 0 || Array.isArray(value) && value.length === 0 || typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
function semanticEqual(a, b) {
  if (a === b) return true;
  if (a === void 0 || b === void 0) return isEmptyContainer(a) && isEmptyContainer(b) && (Array.isArray(a) || Array.isArray(b) || isMap2(a) || isMap2(b));
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    return a.every((item, i) => semanticEqual(item, b[i]));
  }
  const left = a;
  const right = b;
  for (const key2 of Object.keys(left)) {
    if (!semanticEqual(left[key2], right[key2])) return false;
  }
  for (const key2 of Object.keys(right)) {
    if (!Object.hasOwn(left, key2) && !semanticEqual(left[key2], right[key2])) return false;
  }
  return true;
}
var isMap2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

// src/psp/admission.ts
function computeSecurityContext(pod, providers, authorize, options) {
  const ordered = orderProviders(providers, options.mutationAllowed ? void 0 : options.hint);
  const attempts = [];
  if (ordered.length === 0) return { allowed: false, noProviders: true, attempts };
  let firstMutated;
  for (const provider of ordered) {
    const policy = provider.psp.metadata.name;
    const candidate = copyForMutation(pod);
    mutatePod(provider, candidate);
    const errors2 = validatePod(provider, candidate);
    const mutated = errors2.length === 0 ? !semanticEqual(pod, candidate) : false;
    const authorization = authorize(policy);
    attempts.push({ policy, errors: errors2, mutated, authorization });
    if (errors2.length > 0) continue;
    if (mutated && !options.mutationAllowed) continue;
    if (authorization === void 0) continue;
    if (!mutated) return { allowed: true, policy, pod: candidate, mutated: false, attempts: finish(attempts, ordered, attempts.length, pod, authorize) };
    if (firstMutated === void 0) firstMutated = { policy, pod: candidate };
  }
  if (firstMutated) return { allowed: true, ...firstMutated, mutated: true, attempts };
  const errors = attempts.filter((attempt) => attempt.authorization !== void 0).flatMap((attempt) => attempt.errors);
  return { allowed: false, noProviders: false, errors, attempts };
}
function finish(attempts, ordered, from, pod, authorize) {
  for (const provider of ordered.slice(from)) {
    const candidate = copyForMutation(pod);
    mutatePod(provider, candidate);
    const errors = validatePod(provider, candidate);
    const policy = provider.psp.metadata.name;
    attempts.push({ policy, errors, mutated: errors.length === 0 && !semanticEqual(pod, candidate), authorization: authorize(policy) });
  }
  return attempts;
}
function orderProviders(providers, hint) {
  const sorted = [...providers].sort((a, b) => compareCodePoints(a.psp.metadata.name, b.psp.metadata.name));
  if (hint === void 0) return sorted;
  const hinted = sorted.findIndex((provider) => provider.psp.metadata.name === hint);
  if (hinted <= 0) return sorted;
  const [first] = sorted.splice(hinted, 1);
  return first ? [first, ...sorted] : sorted;
}
function admissionMessage(podName, decision, kubeMinor, phase = "admit") {
  const legacy = kubeMinor <= 18;
  let reason;
  if (decision.noProviders) reason = legacy ? "no providers available to validate pod request" : "PodSecurityPolicy: no providers available to validate pod request";
  else if (legacy) reason = `unable to validate against any pod security policy: ${renderErrorList(decision.errors)}`;
  else reason = `PodSecurityPolicy: unable to ${phase} pod: ${renderErrorList(decision.errors)}`;
  return `pods ${quoteGo(podName)} is forbidden: ${reason}`;
}

// src/psp/seccomp/strategy.ts
var ALLOW_ANY = "*";
var RUNTIME_DEFAULT = "runtime/default";
var DOCKER_DEFAULT = "docker/default";
var ANNOTATIONS_PATH = child("pod", "metadata", "annotations");
function seccompFieldToAnnotation(profile2) {
  if (profile2 === void 0) return "";
  if (profile2.type === "RuntimeDefault") return RUNTIME_DEFAULT;
  if (profile2.type === "Unconfined") return "unconfined";
  if (profile2.type === "Localhost" && profile2.localhostProfile !== void 0) return "localhost/" + profile2.localhostProfile;
  return "";
}
function createSeccompStrategy(pspAnnotations, kubeMinor) {
  const useFields = kubeMinor >= 19;
  const defaultsEquivalent = kubeMinor >= 19;
  const allowedText = pspAnnotations !== void 0 && Object.hasOwn(pspAnnotations, SECCOMP_ALLOWED_PROFILES_ANNOTATION) ? pspAnnotations[SECCOMP_ALLOWED_PROFILES_ANNOTATION] : void 0;
  const allowed = /* @__PURE__ */ new Set();
  let allowAny = false;
  for (const profile2 of allowedText?.split(",") ?? []) {
    if (profile2 === ALLOW_ANY) {
      allowAny = true;
      continue;
    }
    if (defaultsEquivalent && (profile2 === RUNTIME_DEFAULT || profile2 === DOCKER_DEFAULT)) {
      allowed.add(RUNTIME_DEFAULT).add(DOCKER_DEFAULT);
    }
    allowed.add(profile2);
  }
  const defaultProfile = pspAnnotations?.[SECCOMP_DEFAULT_PROFILE_ANNOTATION] ?? "";
  const podFieldProfile = (pod) => podFieldProfileOf(pod, useFields);
  const profileForContainer = (pod, container3) => containerProfileOf(pod, container3, useFields);
  const validateProfile = (path6, profile2) => {
    if (!allowAny && allowed.size === 0 && profile2 !== "") return [forbidden(path6, "seccomp may not be set")];
    if (allowed.size === 0 && profile2 === "") return [];
    if (allowAny || allowed.has(profile2)) return [];
    return [forbidden(path6, `${profile2} is not an allowed seccomp profile. Valid values are ${allowedText ?? ""}`)];
  };
  return {
    /** The existing pod annotation if non-empty, else (1.19+) the translated pod field if set, else the default. */
    generate(annotations, pod) {
      const current = annotations?.[SECCOMP_POD_ANNOTATION] ?? "";
      if (current !== "") return current;
      return podFieldProfile(pod) ?? defaultProfile;
    },
    validatePod(pod) {
      return validateProfile(key(ANNOTATIONS_PATH, SECCOMP_POD_ANNOTATION), podProfileOf(pod, useFields));
    },
    validateContainer(pod, container3) {
      const path6 = key(ANNOTATIONS_PATH, SECCOMP_CONTAINER_ANNOTATION_PREFIX + container3.name);
      return validateProfile(path6, profileForContainer(pod, container3));
    }
  };
}
function podFieldProfileOf(pod, useFields) {
  const field = pod.spec.securityContext?.seccompProfile;
  return useFields && field !== void 0 ? seccompFieldToAnnotation(field) : void 0;
}
function podProfileOf(pod, useFields) {
  const annotation = pod.metadata.annotations?.[SECCOMP_POD_ANNOTATION] ?? "";
  return annotation !== "" ? annotation : podFieldProfileOf(pod, useFields) ?? "";
}
function containerProfileOf(pod, container3, useFields) {
  const field = container3.securityContext?.seccompProfile;
  if (useFields && field !== void 0) return seccompFieldToAnnotation(field);
  const annotations = pod.metadata.annotations;
  const annotationKey = SECCOMP_CONTAINER_ANNOTATION_PREFIX + container3.name;
  if (annotations !== void 0 && Object.hasOwn(annotations, annotationKey)) return annotations[annotationKey] ?? "";
  return podFieldProfileOf(pod, useFields) ?? annotations?.[SECCOMP_POD_ANNOTATION] ?? "";
}
function seccompProfilesOf(pod, kubeMinor) {
  const useFields = kubeMinor >= 19;
  const containers = [...pod.spec.initContainers ?? [], ...pod.spec.containers, ...pod.spec.ephemeralContainers ?? []];
  return [podProfileOf(pod, useFields), ...containers.map((container3) => containerProfileOf(pod, container3, useFields))];
}

// src/psp/seccomp-sync.ts
function fieldForAnnotation(annotation) {
  if (annotation === "runtime/default" || annotation === "docker/default") return { type: "RuntimeDefault" };
  if (annotation === "unconfined") return { type: "Unconfined" };
  const localhost = annotation.startsWith("localhost/") ? annotation.slice("localhost/".length) : "";
  if (localhost !== "") return { type: "Localhost", localhostProfile: localhost };
  return void 0;
}
function syncSeccompFields(pod) {
  let changed = false;
  const annotations = { ...pod.metadata.annotations };
  const sc = pod.spec.securityContext;
  const podAnnotation = annotations[SECCOMP_POD_ANNOTATION];
  if (sc?.seccompProfile !== void 0 && podAnnotation === void 0) {
    const value = seccompFieldToAnnotation(sc.seccompProfile);
    if (value !== "") {
      annotations[SECCOMP_POD_ANNOTATION] = value;
      changed = true;
    }
  } else if (podAnnotation !== void 0 && sc?.seccompProfile === void 0) {
    const field = fieldForAnnotation(podAnnotation);
    if (field) {
      pod.spec.securityContext = { ...sc, seccompProfile: field };
      changed = true;
    }
  }
  for (const list2 of ["initContainers", "containers", "ephemeralContainers"]) {
    for (const container3 of pod.spec[list2] ?? []) {
      const key2 = SECCOMP_CONTAINER_ANNOTATION_PREFIX + container3.name;
      const annotation = annotations[key2];
      const profile2 = container3.securityContext?.seccompProfile;
      if (profile2 !== void 0 && annotation === void 0) {
        const value = seccompFieldToAnnotation(profile2);
        if (value !== "") {
          annotations[key2] = value;
          changed = true;
        }
      } else if (annotation !== void 0 && profile2 === void 0) {
        const field = fieldForAnnotation(annotation);
        if (field) {
          container3.securityContext = { ...container3.securityContext, seccompProfile: field };
          changed = true;
        }
      }
    }
  }
  if (changed) pod.metadata.annotations = annotations;
  return changed;
}

// src/lint/pod-validation.ts
var PORT_RANGE = "must be between 1 and 65535, inclusive";
function validatePodObject(pod, prefix2, kubeMinor) {
  const errors = [];
  if (kubeMinor < 16) {
    pod.spec.volumes?.forEach((volume2, i) => {
      if (volume2.csi !== void 0) errors.push(required(index(child(prefix2, "volumes"), i), "must specify a volume type"));
    });
  }
  for (const list2 of ["containers", "initContainers"]) {
    pod.spec[list2]?.forEach((container3, i) => {
      container3.ports?.forEach((port, j2) => {
        const path6 = index(child(index(child(prefix2, list2), i), "ports"), j2);
        const containerPort = port.containerPort ?? 0;
        if (containerPort === 0) errors.push(required(child(path6, "containerPort"), ""));
        else if (containerPort < 1 || containerPort > 65535) errors.push(invalid(child(path6, "containerPort"), goInt(containerPort), PORT_RANGE));
        const hostPort = port.hostPort ?? 0;
        if (hostPort !== 0 && (hostPort < 1 || hostPort > 65535)) errors.push(invalid(child(path6, "hostPort"), goInt(hostPort), PORT_RANGE));
      });
    });
  }
  if (kubeMinor >= 23 && (pod.spec.ephemeralContainers?.length ?? 0) > 0) {
    const template = prefix2 !== "spec";
    errors.push(forbidden(child(prefix2, "ephemeralContainers"), template ? "ephemeral containers not allowed in pod template" : "cannot be set on create"));
  }
  return errors;
}
var GROUPS = {
  Deployment: "apps",
  ReplicaSet: "apps",
  StatefulSet: "apps",
  DaemonSet: "apps",
  Job: "batch",
  CronJob: "batch"
};
function invalidObjectMessage(kind, name, errors) {
  const group = GROUPS[kind];
  const qualified = group ? `${kind}.${group}` : kind;
  const rendered = errors.map(renderFieldError);
  const body = rendered.length === 1 ? rendered[0] : `[${rendered.join(", ")}]`;
  return `${qualified} ${JSON.stringify(name)} is invalid: ${body}`;
}

// src/lint/evaluate-pod.ts
function evaluatePod(subject, cluster, providers, options) {
  const pod = subject.pod;
  const namespace = pod.metadata.namespace ?? "default";
  const serviceAccount = pod.spec.serviceAccountName || "default";
  const requester = requestingUser(subject.kind, namespace, serviceAccount, options);
  const serviceAccountDeclared = cluster.serviceAccount(namespace, serviceAccount)?.declared ?? false;
  const verdict = (seen, attempts2, admittedPod, allowed, reason, policy, message, errors) => ({
    subject,
    serviceAccount,
    serviceAccountDeclared,
    requester,
    attempts: attempts2,
    admittedPod,
    podSeen: seen,
    allowed,
    reason,
    policy,
    message,
    errors
  });
  const refuse = (reason, message, errors = []) => verdict(pod, [], null, false, reason, null, message, errors);
  const objectPrefix = subject.kind === "Pod" ? "spec" : [...subject.templatePath, "spec"].join(".");
  const objectErrors = validatePodObject(pod, objectPrefix, options.kubeMinor);
  if (subject.kind !== "Pod" && objectErrors.length > 0) return refuse("invalid", invalidObjectMessage(subject.kind, subject.ref.name, objectErrors), objectErrors);
  const accountAdmission = admitServiceAccount(pod, (ns2, name) => cluster.serviceAccount(ns2, name), options.kubeMinor);
  if (!accountAdmission.admitted) return refuse("service-account", `pods ${JSON.stringify(subject.podName)} is forbidden: ${accountAdmission.message}`);
  const podSeen = accountAdmission.pod;
  const saUser = podSeen.spec.serviceAccountName ? serviceAccountUser(namespace, podSeen.spec.serviceAccountName) : void 0;
  const authorize = (policy) => {
    const bySa = usePodSecurityPolicy(cluster.authorizer, saUser, policy, namespace);
    if (bySa.allowed && saUser) return { identity: "serviceAccount", user: saUser.name, allowedBy: bySa.reason };
    const byRequester = usePodSecurityPolicy(cluster.authorizer, requester, policy, namespace);
    if (byRequester.allowed && requester) return { identity: "requester", user: requester.name, allowedBy: byRequester.reason };
    return void 0;
  };
  const decide = () => computeSecurityContext(podSeen, providers, authorize, { mutationAllowed: true });
  const admit = options.admissionCache ? options.admissionCache.decide(podSeen, JSON.stringify([namespace, requester?.name, requester?.groups]), decide) : decide();
  const attempts = admit.attempts;
  if (!admit.allowed) {
    return verdict(podSeen, attempts, null, false, admit.noProviders ? "no-providers" : "psp", null, admissionMessage(subject.podName, admit, options.kubeMinor), admit.noProviders ? [] : admit.errors);
  }
  const admitted = admit.pod;
  admitted.metadata.annotations = { ...admitted.metadata.annotations, [PSP_ANNOTATION]: admit.policy };
  if (subject.kind === "Pod" && objectErrors.length > 0) {
    return verdict(podSeen, attempts, null, false, "invalid", null, invalidObjectMessage("Pod", subject.podName, objectErrors), objectErrors);
  }
  const validated = validatePhase(admitted, admit, providers, authorize, options.kubeMinor);
  if (validated !== void 0) {
    const name = subject.podName.endsWith("-") ? `${subject.podName}{random}` : subject.podName;
    return verdict(podSeen, attempts, null, false, "validate", null, admissionMessage(name, validated, options.kubeMinor, "validate"), "errors" in validated ? validated.errors : []);
  }
  return verdict(podSeen, attempts, admitted, true, "admitted", admit.policy, null, []);
}
function validatePhase(admitted, admit, providers, authorize, kubeMinor) {
  if (kubeMinor < 19 || !mentionsDockerDefault(admitted)) return void 0;
  const synced = clonePod(admitted);
  if (!syncSeccompFields(synced)) return void 0;
  const before = seccompProfilesOf(admitted, kubeMinor);
  const after = seccompProfilesOf(synced, kubeMinor);
  if (before.every((profile2, i) => profile2 === after[i])) return void 0;
  const decision = computeSecurityContext(synced, providers, authorize, { mutationAllowed: false, hint: admit.policy });
  return decision.allowed ? void 0 : decision;
}
function mentionsDockerDefault(pod) {
  const annotations = pod.metadata.annotations ?? {};
  return Object.keys(annotations).some((key2) => key2.includes("seccomp.security.alpha.kubernetes.io/") && annotations[key2] === "docker/default");
}
function renderViolations(evaluation) {
  return evaluation.errors.map(renderFieldError);
}

// src/psp/admission-key.ts
function admissionKey(pod, requester) {
  const { metadata: metadata2, spec } = pod;
  const projectedSpec = { ...spec };
  if (spec.initContainers !== void 0) projectedSpec.initContainers = withoutImages(spec.initContainers);
  if (spec.containers !== void 0) projectedSpec.containers = withoutImages(spec.containers);
  if (spec.ephemeralContainers !== void 0) projectedSpec.ephemeralContainers = withoutImages(spec.ephemeralContainers);
  const projection = [requester, metadata2.namespace ?? null, metadata2.annotations ?? null, projectedSpec];
  return isJsonExact(projection, 0) ? JSON.stringify(projection) : void 0;
}
var withoutImages = (containers) => containers.map((container3) => {
  if (container3 === null || typeof container3 !== "object" || !("image" in container3)) return container3;
  const { image: _image, ...rest } = container3;
  return rest;
});
var MAX_DEPTH2 = 128;
function isJsonExact(value, depth) {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object":
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (depth > MAX_DEPTH2) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!isJsonExact(item, depth + 1)) return false;
    return true;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const record = value;
  for (const key2 in record) if (!isJsonExact(record[key2], depth + 1)) return false;
  return true;
}

// src/lint/admission-cache.ts
var MAX_DECISIONS = 4096;
var AdmissionCache = class {
  decisions = /* @__PURE__ */ new Map();
  providers = /* @__PURE__ */ new Map();
  /** `providers`: the run's policies, the same every `decide` is computed with. */
  constructor(providers) {
    for (const provider of providers) this.providers.set(provider.psp.metadata.name, provider);
  }
  /**
   * The decision for `pod` asked by `requester` (who creates it, and in which namespace, spelled by the caller):
   * `compute()`'s, or the one recorded for the same question. Recorded decisions (their attempts and errors) are shared between pods: callers must not edit them.
   */
  decide(pod, requester, compute) {
    const key2 = admissionKey(pod, requester);
    if (key2 === void 0) return compute();
    const known = this.decisions.get(key2);
    if (known === void 0) {
      const decision = compute();
      if (this.decisions.size < MAX_DECISIONS) this.decisions.set(key2, decision);
      return decision;
    }
    if (!known.allowed) return known;
    const provider = this.providers.get(known.policy);
    if (provider === void 0) return compute();
    const candidate = copyForMutation(pod);
    mutatePod(provider, candidate);
    return { ...known, pod: candidate };
  }
};

// src/lint/violation-paths.ts
var SECCOMP_CONTAINER = "container.seccomp.security.alpha.kubernetes.io/";
var APPARMOR_CONTAINER = "container.apparmor.security.beta.kubernetes.io/";
function violationPaths(error, subject, pod) {
  const base = subject.templatePath;
  const segments = pathSegments(error.path.startsWith("pod.") ? error.path.slice(4) : error.path);
  const [head, second, third] = segments;
  const inTemplate = (...paths) => paths.map((path6) => [...base, ...path6]);
  if (base.length > 0 && base.every((segment, i) => segments[i] === segment)) return [segments];
  if (head === "metadata" && second === "annotations" && typeof third === "string") {
    const container3 = containerByName(pod, third.startsWith(SECCOMP_CONTAINER) ? third.slice(SECCOMP_CONTAINER.length) : third.startsWith(APPARMOR_CONTAINER) ? third.slice(APPARMOR_CONTAINER.length) : void 0);
    const profileField = third.startsWith(SECCOMP_CONTAINER) ? ["securityContext", "seccompProfile"] : [];
    const candidates = [["metadata", "annotations", third]];
    if (container3 && profileField.length > 0) candidates.push([...container3, ...profileField]);
    if (profileField.length > 0) candidates.push(["spec", "securityContext", "seccompProfile"], ["metadata", "annotations", "seccomp.security.alpha.kubernetes.io/pod"]);
    else if (third.startsWith("seccomp.")) candidates.push(["spec", "securityContext", "seccompProfile"]);
    candidates.push(container3 ?? ["metadata"]);
    return inTemplate(...candidates);
  }
  if (head === "spec" && second === "securityContext" && (third === "hostNetwork" || third === "hostPID" || third === "hostIPC")) {
    return inTemplate(["spec", third]);
  }
  if (head === "spec" && second === "volumes" && typeof third === "number") {
    const origin = subject.volumeOrigins[third];
    if (origin === void 0) return inTemplate(["spec", "serviceAccountName"], ["spec", "automountServiceAccountToken"], ["spec"]);
    const rest = segments.slice(3);
    if (rest[0] === "hostPath") return [[...origin, "hostPath", "path"], origin];
    if (rest[0] === "driver") return [[...origin, "flexVolume", "driver"], origin];
    return [[...origin, ...rest], origin];
  }
  if (head === "spec" && (second === "containers" || second === "initContainers" || second === "ephemeralContainers") && typeof third === "number") {
    return inTemplate(...containerCandidates(error, segments, pod));
  }
  if (head === "spec" && second === "securityContext" && typeof third === "string") {
    return inTemplate(segments, ["spec", "securityContext"], ["spec"]);
  }
  return inTemplate(segments, ["spec"]);
}
function containerByName(pod, name) {
  if (name === void 0) return void 0;
  for (const list2 of ["initContainers", "containers", "ephemeralContainers"]) {
    const at4 = pod.spec[list2]?.findIndex((container3) => container3.name === name) ?? -1;
    if (at4 !== -1) return ["spec", list2, at4];
  }
  return void 0;
}
function containerCandidates(error, segments, pod) {
  const container3 = segments.slice(0, 3);
  const rest = segments.slice(3);
  if (rest[0] === "hostPort") {
    const port = error.value?.kind === "int" ? error.value.value : void 0;
    const [list2, index2] = [segments[1], segments[2]];
    const ports = pod.spec[list2]?.[index2]?.ports ?? [];
    const j2 = ports.findIndex((candidate) => candidate.hostPort === port);
    return j2 === -1 ? [container3] : [[...container3, "ports", j2, "hostPort"], [...container3, "ports", j2, "containerPort"], [...container3, "ports", j2]];
  }
  if (rest[0] === "securityContext" && rest[1] === "capabilities" && rest[2] === "add" && error.value?.kind === "string") {
    const [list2, index2] = [segments[1], segments[2]];
    const j2 = pod.spec[list2]?.[index2]?.securityContext?.capabilities?.add?.indexOf(error.value.value) ?? -1;
    if (j2 !== -1) return [[...container3, "securityContext", "capabilities", "add", j2], container3];
  }
  if (rest[0] === "securityContext") {
    const field = rest.length === 1 ? ["runAsGroup"] : rest.slice(1);
    const inherited = ["runAsUser", "runAsGroup", "runAsNonRoot", "seLinuxOptions"].includes(String(field[0]));
    const candidates = [[...container3, "securityContext", ...field]];
    if (inherited) candidates.push(["spec", "securityContext", ...field]);
    candidates.push([...container3, "securityContext"], container3);
    return candidates;
  }
  if (rest[0] === "volumeMounts") return [segments, segments.slice(0, 5), container3];
  return [segments, container3];
}

// src/lint/findings.ts
function podFindings(evaluation, context) {
  const notes = undeclaredServiceAccount(evaluation, context);
  return evaluation.allowed ? notes : [...notes, ...verdictFindings(evaluation, context)];
}
function undeclaredServiceAccount(evaluation, context) {
  if (evaluation.serviceAccountDeclared || evaluation.reason === "service-account") return [];
  const { subject } = evaluation;
  const account = `${subject.pod.metadata.namespace ?? "default"}/${evaluation.serviceAccount}`;
  const rule2 = RULES.serviceAccountNotDeclared;
  return [{
    ruleId: rule2.id,
    severity: rule2.severity,
    message: `Service account ${JSON.stringify(account)} is not declared in these manifests; podgate assumes it exists in the cluster (ServiceAccount admission refuses the pod otherwise; --require-service-accounts makes this a rejection)`,
    location: context.locator.locateFirst(subject.source, [[...subject.templatePath, "spec", "serviceAccountName"], [...subject.templatePath, "spec", "serviceAccount"], ["metadata", "name"]]),
    object: subject.ref,
    related: []
  }];
}
function verdictFindings(evaluation, context) {
  const { subject } = evaluation;
  const { locator } = context;
  const object = subject.ref;
  const podLocation = () => locator.locateFirst(subject.source, [[...subject.templatePath, "spec", "serviceAccountName"], ["metadata", "name"], []]);
  const single = (rule2, message, related = []) => [
    { ruleId: rule2.id, severity: rule2.severity, message, location: podLocation(), object, related }
  ];
  switch (evaluation.reason) {
    case "service-account":
      return single(RULES.serviceAccountMissing, evaluation.message ?? "");
    case "no-providers":
      return single(RULES.noPolicies, evaluation.message ?? "");
    case "psp":
      if (evaluation.errors.length === 0) return single(RULES.noUsablePolicy, noUsableMessage(evaluation), unusableAdmitting(evaluation, context));
      break;
    default:
      break;
  }
  const seen = /* @__PURE__ */ new Map();
  for (const error of evaluation.errors) {
    const text = renderFieldError(error);
    if (seen.has(text)) continue;
    const policies = evaluation.attempts.filter((attempt) => attempt.authorization && attempt.errors.some((e) => renderFieldError(e) === text));
    const related = policies.flatMap((attempt) => policyRelated(attempt.policy, attempt.authorization, context));
    const rule2 = evaluation.reason === "invalid" ? RULES.invalidPod : evaluation.reason === "validate" ? RULES.validatePhase : ruleForViolation(error.path);
    const location = locator.locateFirst(subject.source, violationPaths(error, subject, evaluation.podSeen));
    const diagnostic = { ruleId: rule2.id, severity: rule2.severity, message: `${text} (${podLabel(evaluation)})`, location, object, fieldPath: error.path, related };
    seen.set(text, diagnostic);
  }
  return [...seen.values()];
}
function podLabel(evaluation) {
  return `pod ${JSON.stringify(evaluation.subject.podName)} of ${evaluation.subject.ref.kind} ${JSON.stringify(evaluation.subject.ref.name)}`;
}
function noUsableMessage(evaluation) {
  const who = [`service account ${JSON.stringify(`${evaluation.subject.pod.metadata.namespace}/${evaluation.serviceAccount}`)}`];
  if (evaluation.requester) who.push(`requesting user ${JSON.stringify(evaluation.requester.name)}`);
  const admitting = evaluation.attempts.filter((attempt) => attempt.errors.length === 0).map((attempt) => attempt.policy);
  const hint = admitting.length > 0 ? ` ${admitting.map((name) => JSON.stringify(name)).join(", ")} would admit it: grant \`use\` of one to either identity.` : "";
  return `${evaluation.message} — no PodSecurityPolicy may be used by the ${who.join(" or the ")} (${podLabel(evaluation)}).${hint}`;
}
function unusableAdmitting(evaluation, context) {
  return evaluation.attempts.filter((attempt) => attempt.errors.length === 0).map((attempt) => {
    const source = context.policySources.get(attempt.policy);
    const related = { message: `PodSecurityPolicy ${JSON.stringify(attempt.policy)} would admit this pod, but it is not usable` };
    if (source) {
      related.location = context.locator.locateObject(source.source);
      related.object = source.ref;
    }
    return related;
  });
}
function policyRelated(policy, usable, context) {
  const out = [];
  const source = context.policySources.get(policy);
  const policyRelated2 = { message: `PodSecurityPolicy ${JSON.stringify(policy)} (usable by ${usable?.user ?? "nobody"})` };
  if (source) {
    policyRelated2.location = context.locator.locateObject(source.source);
    policyRelated2.object = source.ref;
  }
  out.push(policyRelated2);
  if (usable) out.push(...grantRelated(usable.allowedBy, context));
  return out;
}
function grantRelated(allowedBy, context) {
  if (allowedBy.kind !== "binding") return [{ message: allowedBy.kind === "system:masters" ? "granted to group system:masters (allowed everything)" : "granted by AlwaysAllow authorization" }];
  return [allowedBy.binding, allowedBy.role].map((ref) => {
    const source = context.cluster.rbacSource(ref);
    const related = { message: `${ref.kind} ${JSON.stringify(ref.name)}${ref.namespace ? ` in ${ref.namespace}` : ""}${source ? "" : " (built in)"}` };
    if (source) {
      related.location = context.locator.locateObject(source.source);
      related.object = source.ref;
    }
    return related;
  });
}

// src/lint/suppressions.ts
var SUPPRESSION_ANNOTATION = "podgate.dev/ignore";
var SUPPRESSIBLE = new Set(Object.values(RULES).map((rule2) => rule2.id).filter((id) => id !== RULES.invalidSuppression.id));
function parseSuppression(value) {
  const clauses = [];
  const problems = [];
  for (const line of value.split(/\r?\n/).map((text) => text.trim()).filter((text) => text !== "")) {
    const colon = line.indexOf(":");
    const ids = (colon === -1 ? line : line.slice(0, colon)).split(/[\s,]+/).filter((id) => id !== "");
    const reason = colon === -1 ? "" : line.slice(colon + 1).trim();
    if (ids.length === 0) {
      problems.push(`${JSON.stringify(line)} names no rule: write "RULE-ID[, RULE-ID…]: REASON" or "*: REASON"`);
      continue;
    }
    if (reason === "") {
      problems.push(`${JSON.stringify(line)} gives no reason: write "${ids.join(", ")}: REASON" (the reason is required and is reported with each suppressed finding)`);
      continue;
    }
    if (ids.includes("*")) {
      clauses.push({ rules: "*", reason });
      continue;
    }
    const unknown = ids.filter((id) => !SUPPRESSIBLE.has(id));
    if (unknown.length > 0) problems.push(`${unknown.map((id) => JSON.stringify(id)).join(", ")} ${unknown.length === 1 ? "is not a rule id" : "are not rule ids"} podgate can suppress; the clause's other rules still apply`);
    const known = ids.filter((id) => SUPPRESSIBLE.has(id));
    if (known.length > 0) clauses.push({ rules: known, reason });
  }
  if (clauses.length === 0 && problems.length === 0) problems.push('the annotation is empty: write "RULE-ID[, RULE-ID…]: REASON"');
  return { clauses, problems };
}
var keyOf = (file, ref) => [file, ref.apiVersion, ref.kind, ref.namespace ?? "", ref.name].join("\0");
var isRecord3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function annotationAt(value, path6) {
  let current = value;
  for (const segment of [...path6, "metadata", "annotations"]) current = isRecord3(current) ? current[segment] : void 0;
  return isRecord3(current) ? current[SUPPRESSION_ANNOTATION] : void 0;
}
var SuppressionIndex = class {
  constructor(locator) {
    this.locator = locator;
  }
  locator;
  clauses = /* @__PURE__ */ new Map();
  /** `invalid-suppression` warnings, at the annotation's value. */
  diagnostics = [];
  /**
   * Reads the annotation of `source` (its parsed value must still be attached): the object's own metadata,
   * then, for a workload, its pod template's (`templatePath`).
   */
  add(source, ref, templatePath = []) {
    const paths = templatePath.length > 0 ? [[], templatePath] : [[]];
    for (const path6 of paths) {
      const value = annotationAt(source.value, path6);
      if (value === void 0) continue;
      const parsed = typeof value === "string" ? parseSuppression(value) : { clauses: [], problems: ["the value must be a string"] };
      const key2 = keyOf(source.file, ref);
      this.clauses.set(key2, [...this.clauses.get(key2) ?? [], ...parsed.clauses]);
      for (const problem of parsed.problems) {
        this.diagnostics.push({
          ruleId: RULES.invalidSuppression.id,
          severity: RULES.invalidSuppression.severity,
          message: `Invalid ${SUPPRESSION_ANNOTATION} annotation: ${problem}`,
          location: this.locator.locate(source, [...path6, "metadata", "annotations", SUPPRESSION_ANNOTATION]),
          object: ref,
          related: []
        });
      }
    }
  }
  /** `diagnostics` with `suppression` set on those an annotation of their object names (new objects). */
  apply(diagnostics) {
    if (this.clauses.size === 0) return [...diagnostics];
    return diagnostics.map((diagnostic) => {
      if (diagnostic.object === void 0 || !SUPPRESSIBLE.has(diagnostic.ruleId)) return diagnostic;
      const clauses = this.clauses.get(keyOf(diagnostic.location.file, diagnostic.object)) ?? [];
      const clause = clauses.find((entry) => entry.rules === "*" || entry.rules.includes(diagnostic.ruleId));
      return clause ? { ...diagnostic, suppression: { kind: "inSource", justification: clause.reason } } : diagnostic;
    });
  }
};
function forbiddingFindings(pod, diagnostics) {
  const { ref, source } = pod.subject;
  return diagnostics.filter((d) => d.object === ref && d.location.file === source.file && FORBIDDING_RULE_IDS.has(d.ruleId));
}
function isSuppressedPod(pod, diagnostics) {
  if (pod.allowed) return false;
  const findings = forbiddingFindings(pod, diagnostics);
  return findings.length > 0 && findings.every((d) => d.suppression !== void 0);
}

// src/pss/types.ts
var LATEST_VERSION = { major: 1, minor: Number.MAX_SAFE_INTEGER };
var ALLOWED = { allowed: true };

// src/pss/checks/util.ts
var v1 = (minor) => ({ major: 1, minor });
function obj(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function get(value, ...path6) {
  let current = value;
  for (const key2 of path6) {
    const o = obj(current);
    if (o === void 0) return void 0;
    current = o[key2];
  }
  return current === null ? void 0 : current;
}
function str(value) {
  return typeof value === "string" ? value : "";
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function strList(value) {
  return list(value).map(str);
}
function visitContainers2(spec) {
  const visited = [];
  for (const field of ["initContainers", "containers", "ephemeralContainers"]) {
    list(spec[field]).forEach((item, index2) => {
      const container3 = obj(item) ?? {};
      visited.push({ name: str(container3.name), container: container3, at: [field, index2] });
    });
  }
  return visited;
}
var securityContext2 = (container3) => obj(container3.securityContext);
var podSecurityContext2 = (spec) => obj(spec.securityContext);
var isWindowsPod = (spec) => get(spec, "os", "name") === "windows";
var usesUserNamespace = (spec) => spec.hostUsers === false;
var pluralize = (one, many, n) => n === 1 ? one : many;
var joinQuote = (items) => items.map((item) => `"${item}"`).join(", ");
var containerNoun = (names) => `${pluralize("container", "containers", names.length)} ${joinQuote(names)}`;
function compareBytes(a, b) {
  let i = 0;
  let j2 = 0;
  while (i < a.length && j2 < b.length) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(j2) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 65535 ? 2 : 1;
    j2 += y > 65535 ? 2 : 1;
  }
  return a.length - i === b.length - j2 ? 0 : a.length - i < b.length - j2 ? -1 : 1;
}
var sortedSet = (values) => [...new Set(values)].sort(compareBytes);
var NAMED_ESCAPES = /* @__PURE__ */ new Map([
  [7, "\\a"],
  [8, "\\b"],
  [12, "\\f"],
  [10, "\\n"],
  [13, "\\r"],
  [9, "\\t"],
  [11, "\\v"],
  [92, "\\\\"],
  [34, '\\"']
]);
var PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
var hex = (n, width) => n.toString(16).padStart(width, "0");
function goQuote(value) {
  let out = '"';
  for (const char of value) {
    let code = char.codePointAt(0) ?? 0;
    if (code >= 55296 && code <= 57343) code = 65533;
    const named = NAMED_ESCAPES.get(code);
    if (named !== void 0) out += named;
    else if (PRINTABLE.test(String.fromCodePoint(code))) out += String.fromCodePoint(code);
    else if (code < 32 || code === 127) out += `\\x${hex(code, 2)}`;
    else if (code < 65536) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return `${out}"`;
}
var decimal = (n) => Number.isInteger(n) ? BigInt(n).toString() : String(n);

// src/pss/checks/allow-privilege-escalation.ts
var allowsPrivilegeEscalation = (container3) => securityContext2(container3)?.allowPrivilegeEscalation !== false;
function allowPrivilegeEscalationV1Dot8(pod) {
  const bad = visitContainers2(pod.spec).filter(({ container: container3 }) => allowsPrivilegeEscalation(container3)).map(({ name }) => name);
  if (bad.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: "allowPrivilegeEscalation != false",
    forbiddenDetail: `${containerNoun(bad)} must set securityContext.allowPrivilegeEscalation=false`
  };
}
function allowPrivilegeEscalationV1Dot25(pod) {
  return isWindowsPod(pod.spec) ? ALLOWED : allowPrivilegeEscalationV1Dot8(pod);
}
var allowPrivilegeEscalation = {
  id: "allowPrivilegeEscalation",
  level: "restricted",
  versions: [
    { minimumVersion: v1(8), checkPod: allowPrivilegeEscalationV1Dot8 },
    { minimumVersion: v1(25), checkPod: allowPrivilegeEscalationV1Dot25 }
  ]
};

// src/pss/checks/app-armor-profile.ts
var APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
var allowedAppArmorProfileType = (type) => type === "RuntimeDefault" || type === "Localhost";
var allowedProfileType = allowedAppArmorProfileType;
var allowedAnnotationValue = (value) => value === "" || value === "runtime/default" || value.startsWith("localhost/");
function forbiddenAppArmorAnnotations(annotations) {
  return Object.entries(annotations ?? {}).map(([key2, value]) => [key2, str(value)]).filter(([key2, value]) => key2.startsWith(APPARMOR_ANNOTATION_PREFIX) && !allowedAnnotationValue(value)).map(([key2, value]) => ({ key: key2, entry: `${key2}=${goQuote(value)}` })).sort((a, b) => compareBytes(a.entry, b.entry));
}
function appArmorProfileV1Dot0(pod) {
  const setters = [];
  const badTypes = [];
  const podProfile = obj(podSecurityContext2(pod.spec)?.appArmorProfile);
  if (podProfile !== void 0 && !allowedProfileType(str(podProfile.type))) {
    setters.push("pod");
    badTypes.push(str(podProfile.type));
  }
  const badContainers = [];
  for (const { name, container: container3 } of visitContainers2(pod.spec)) {
    const profile2 = obj(securityContext2(container3)?.appArmorProfile);
    if (profile2 === void 0 || allowedProfileType(str(profile2.type))) continue;
    badContainers.push(name);
    badTypes.push(str(profile2.type));
  }
  if (badContainers.length > 0) setters.push(containerNoun(badContainers));
  const values = sortedSet(badTypes);
  const badAnnotations = forbiddenAppArmorAnnotations(pod.metadata.annotations).map(({ entry }) => entry);
  if (badAnnotations.length > 0) {
    values.push(...badAnnotations);
    setters.push(pluralize("annotation", "annotations", badAnnotations.length));
  }
  if (setters.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: pluralize("forbidden AppArmor profile", "forbidden AppArmor profiles", values.length),
    forbiddenDetail: `${setters.join(" and ")} must not set AppArmor profile type to ${joinQuote(values)}`
  };
}
var appArmorProfile = {
  id: "appArmorProfile",
  level: "baseline",
  versions: [{ minimumVersion: v1(0), checkPod: appArmorProfileV1Dot0 }]
};

// src/pss/checks/capabilities-baseline.ts
var DEFAULT_CAPABILITIES_1_0 = /* @__PURE__ */ new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT"
]);
var isDefaultCapability = (capability) => DEFAULT_CAPABILITIES_1_0.has(capability);
function capabilitiesBaselineV1Dot0(pod) {
  const badContainers = [];
  const forbidden2 = [];
  for (const { name, container: container3 } of visitContainers2(pod.spec)) {
    const capabilities = obj(securityContext2(container3)?.capabilities);
    if (capabilities === void 0) continue;
    const extra = strList(capabilities.add).filter((capability) => !isDefaultCapability(capability));
    if (extra.length === 0) continue;
    badContainers.push(name);
    forbidden2.push(...extra);
  }
  if (badContainers.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: "non-default capabilities",
    forbiddenDetail: `${containerNoun(badContainers)} must not include ${joinQuote(sortedSet(forbidden2))} in securityContext.capabilities.add`
  };
}
var capabilitiesBaseline = {
  id: "capabilities_baseline",
  level: "baseline",
  versions: [{ minimumVersion: v1(0), checkPod: capabilitiesBaselineV1Dot0 }]
};

// src/pss/checks/capabilities-restricted.ts
var missesDropAll = (container3) => {
  const capabilities = obj(securityContext2(container3)?.capabilities);
  return capabilities === void 0 || !strList(capabilities.drop).includes("ALL");
};
var isRestrictedAllowedCapability = (capability) => capability === "NET_BIND_SERVICE";
function capabilitiesRestrictedV1Dot22(pod) {
  const missingDropAll = [];
  const addingForbidden = [];
  const forbidden2 = [];
  for (const { name, container: container3 } of visitContainers2(pod.spec)) {
    const capabilities = obj(securityContext2(container3)?.capabilities);
    if (missesDropAll(container3)) missingDropAll.push(name);
    if (capabilities === void 0) continue;
    const added = strList(capabilities.add).filter((capability) => !isRestrictedAllowedCapability(capability));
    if (added.length > 0) {
      addingForbidden.push(name);
      forbidden2.push(...added);
    }
  }
  const parts = [];
  if (missingDropAll.length > 0) {
    parts.push(`${containerNoun(missingDropAll)} must set securityContext.capabilities.drop=["ALL"]`);
  }
  if (addingForbidden.length > 0) {
    parts.push(`${containerNoun(addingForbidden)} must not include ${joinQuote(sortedSet(forbidden2))} in securityContext.capabilities.add`);
  }
  if (parts.length === 0) return ALLOWED;
  return { allowed: false, forbiddenReason: "unrestricted capabilities", forbiddenDetail: parts.join("; ") };
}
function capabilitiesRestrictedV1Dot25(pod) {
  return isWindowsPod(pod.spec) ? ALLOWED : capabilitiesRestrictedV1Dot22(pod);
}
var capabilitiesRestricted = {
  id: "capabilities_restricted",
  level: "restricted",
  versions: [
    { minimumVersion: v1(22), checkPod: capabilitiesRestrictedV1Dot22, overrides: ["capabilities_baseline"] },
    { minimumVersion: v1(25), checkPod: capabilitiesRestrictedV1Dot25, overrides: ["capabilities_baseline"] }
  ]
};

// src/pss/checks/host-namespaces.ts
var HOST_NAMESPACE_FIELDS = ["hostNetwork", "hostPID", "hostIPC"];
function hostNamespacesV1Dot0(pod) {
  const { spec } = pod;
  const detail = [];
  for (const field of HOST_NAMESPACE_FIELDS) if (spec[field] === true) detail.push(`${field}=true`);
  if (detail.length === 0) return ALLOWED;
  return { allowed: false, forbiddenReason: "host namespaces", forbiddenDetail: detail.join(", ") };
}
var hostNamespaces = {
  id: "hostNamespaces",
  level: "baseline",
  versions: [{ minimumVersion: v1(0), checkPod: hostNamespacesV1Dot0 }]
};

// src/pss/checks/host-path-volumes.ts
var isHostPathVolume = (volume2) => obj(get(volume2, "hostPath")) !== void 0;
function hostPathVolumesV1Dot0(pod) {
  const bad = list(pod.spec.volumes).filter(isHostPathVolume).map((volume2) => str(get(volume2, "name")));
  if (bad.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: "hostPath volumes",
    forbiddenDetail: `${pluralize("volume", "volumes", bad.length)} ${joinQuote(bad)}`
  };
}
var hostPathVolumes = {
  id: "hostPathVolumes",
  level: "baseline",
  versions: [{ minimumVersion: v1(0), checkPod: hostPathVolumesV1Dot0 }]
};

// src/pss/checks/host-ports.ts
function forbiddenHostPort(port) {
  const hostPort = get(port, "hostPort");
  return typeof hostPort !== "number" || hostPort === 0 ? void 0 : hostPort;
}
function hostPortsV1Dot0(pod) {
  const badContainers = [];
  const ports = [];
  for (const { name, container: container3 } of visitContainers2(pod.spec)) {
    let bad = false;
    for (const port of list(container3.ports)) {
      const hostPort = forbiddenHostPort(port);
      if (hostPort === void 0) continue;
      bad = true;
      ports.push(decimal(hostPort));
    }
    if (bad) badContainers.push(name);
  }
  if (badContainers.length === 0) return ALLOWED;
  const distinct = sortedSet(ports);
  return {
    allowed: false,
    forbiddenReason: "hostPort",
    forbiddenDetail: `${containerNoun(badContainers)} ${pluralize("uses", "use", badContainers.length)} ${pluralize("hostPort", "hostPorts", distinct.length)} ${distinct.join(", ")}`
  };
}
var hostPorts = {
  id: "hostPorts",
  level: "baseline",
  versions: [{ minimumVersion: v1(0), checkPod: hostPortsV1Dot0 }]
};

// src/pss/checks/host-probes-and-host-lifecycle.ts
var PROBE_AND_LIFECYCLE_HANDLERS = [
  ["livenessProbe"],
  ["readinessProbe"],
  ["startupProbe"],
  ["lifecycle", "postStart"],
  ["lifecycle", "preStop"]
];
var HANDLERS = PROBE_AND_LIFECYCLE_HANDLERS;
var HANDLER_HOST_FIELDS = [["httpGet", "host"], ["tcpSocket", "host"]];
var handlerHosts = (handler2) => HANDLER_HOST_FIELDS.map((path6) => str(get(handler2, ...path6))).filter((host2) => host2 !== "");
function hostProbesAndHostLifecycleV1Dot34(pod) {
  const badContainers = [];
  const hosts = [];
  for (const { name, container: container3 } of visitContainers2(pod.spec)) {
    const found = HANDLERS.flatMap((path6) => handlerHosts(get(container3, ...path6)));
    if (found.length === 0) continue;
    badContainers.push(name);
    hosts.push(...found);
  }
  if (badContainers.length === 0) return ALLOWED;
  const names = sortedSet(badContainers);
  const distinct = sortedSet(hosts);
  return {
    allowed: false,
    forbiddenReason: "probe or lifecycle host",
    forbiddenDetail: `${containerNoun(names)} ${pluralize("uses", "use", names.length)} ${pluralize("probe or lifecycle host", "probe or lifecycle hosts", distinct.length)} ${joinQuote(distinct)}`
  };
}
var hostProbesAndHostLifecycle = {
  id: "hostProbesAndHostLifecycle",
  level: "baseline",
  versions: [{ minimumVersion: v1(34), checkPod: hostProbesAndHostLifecycleV1Dot34 }]
};

// src/pss/checks/privileged.ts
var isPrivileged = (container3) => securityContext2(container3)?.privileged === true;
function privilegedV1Dot0(pod) {
  const bad = visitContainers2(pod.spec).filter(({ container: container3 }) => isPrivileged(container3)).map(({ name }) => name);
  if (bad.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: "privileged",
    forbiddenDetail: `${containerNoun(bad)} must not set securityContext.privileged=true`
  };
}
var privileged = {
  id: "privileged",
  level: "baseline",
  versions: [{ minimumVersion: v1(0), checkPod: privilegedV1Dot0 }]
};

// src/pss/checks/proc-mount.ts
function forbiddenProcMount(container3) {
  const procMount3 = securityContext2(container3)?.procMount;
  return typeof procMount3 !== "string" || procMount3 === "Default" ? void 0 : procMount3;
}
function procMountV1Dot0(pod) {
  const badContainers = [];
  const badValues = [];
  for (const { name, container: container3 } of visitContainers2(pod.spec)) {
    const procMount3 = forbiddenProcMount(container3);
    if (procMount3 === void 0) continue;
    badContainers.push(name);
    badValues.push(procMount3);
  }
  if (badContainers.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: "procMount",
    forbiddenDetail: `${containerNoun(badContainers)} must not set securityContext.procMount to ${joinQuote(sortedSet(badValues))}`
  };
}
function procMountV1Dot35(pod) {
  return usesUserNamespace(pod.spec) ? ALLOWED : procMountV1Dot0(pod);
}
var procMount = {
  id: "procMount",
  level: "baseline",
  versions: [
    { minimumVersion: v1(0), checkPod: procMountV1Dot0 },
    { minimumVersion: v1(35), checkPod: procMountV1Dot35 }
  ]
};

// src/pss/checks/proc-mount-restricted.ts
var procMountRestricted = {
  id: "procMount_restricted",
  level: "restricted",
  versions: [{ minimumVersion: v1(35), checkPod: procMountV1Dot0, overrides: ["procMount"] }]
};

// src/pss/checks/restricted-volumes.ts
var ALLOWED_SOURCES = [
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "image",
  "persistentVolumeClaim",
  "projected",
  "secret"
];
var RESTRICTED_SOURCES = [
  "hostPath",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "nfs",
  "iscsi",
  "glusterfs",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "fc",
  "azureFile",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "portworxVolume",
  "scaleIO",
  "storageos"
];
function restrictedVolumeType(item) {
  const volume2 = obj(item) ?? {};
  const isSet = (source) => obj(volume2[source]) !== void 0;
  if (ALLOWED_SOURCES.some(isSet)) return void 0;
  return RESTRICTED_SOURCES.find(isSet) ?? "unknown";
}
function restrictedVolumesV1Dot0(pod) {
  const badVolumes = [];
  const badTypes = [];
  for (const item of list(pod.spec.volumes)) {
    const type = restrictedVolumeType(item);
    if (type === void 0) continue;
    badVolumes.push(str(obj(item)?.name));
    badTypes.push(type);
  }
  if (badVolumes.length === 0) return ALLOWED;
  const types = sortedSet(badTypes);
  return {
    allowed: false,
    forbiddenReason: "restricted volume types",
    forbiddenDetail: `${pluralize("volume", "volumes", badVolumes.length)} ${joinQuote(badVolumes)} ${pluralize("uses", "use", badVolumes.length)} ${pluralize("restricted volume type", "restricted volume types", types.length)} ${joinQuote(types)}`
  };
}
var restrictedVolumes = {
  id: "restrictedVolumes",
  level: "restricted",
  versions: [{ minimumVersion: v1(0), checkPod: restrictedVolumesV1Dot0, overrides: ["hostPathVolumes"] }]
};

// src/pss/checks/run-as-non-root.ts
function runAsNonRootOffenders(spec) {
  const podValue = podSecurityContext2(spec)?.runAsNonRoot;
  const podRunAsNonRoot = podValue === true;
  const explicitlyBad = [];
  const implicitlyBad = [];
  for (const visited of visitContainers2(spec)) {
    const value = securityContext2(visited.container)?.runAsNonRoot;
    if (typeof value === "boolean") {
      if (!value) explicitlyBad.push(visited);
    } else if (!podRunAsNonRoot) {
      implicitlyBad.push(visited);
    }
  }
  return { podSetsFalse: podValue === false, explicitlyBad, implicitlyBad };
}
function runAsNonRootV1Dot0(pod) {
  const setters = [];
  const offenders = runAsNonRootOffenders(pod.spec);
  if (offenders.podSetsFalse) setters.push("pod");
  const explicitlyBad = offenders.explicitlyBad.map(({ name }) => name);
  const implicitlyBad = offenders.implicitlyBad.map(({ name }) => name);
  if (explicitlyBad.length > 0) setters.push(containerNoun(explicitlyBad));
  if (setters.length > 0) {
    return {
      allowed: false,
      forbiddenReason: "runAsNonRoot != true",
      forbiddenDetail: `${setters.join(" and ")} must not set securityContext.runAsNonRoot=false`
    };
  }
  if (implicitlyBad.length > 0) {
    return {
      allowed: false,
      forbiddenReason: "runAsNonRoot != true",
      forbiddenDetail: `pod or ${containerNoun(implicitlyBad)} must set securityContext.runAsNonRoot=true`
    };
  }
  return ALLOWED;
}
function runAsNonRootV1Dot35(pod) {
  return usesUserNamespace(pod.spec) ? ALLOWED : runAsNonRootV1Dot0(pod);
}
var runAsNonRoot = {
  id: "runAsNonRoot",
  level: "restricted",
  versions: [
    { minimumVersion: v1(0), checkPod: runAsNonRootV1Dot0 },
    { minimumVersion: v1(35), checkPod: runAsNonRootV1Dot35 }
  ]
};

// src/pss/checks/run-as-user.ts
var setsRootUser = (context) => context?.runAsUser === 0;
function runAsUserV1Dot23(pod) {
  const setters = [];
  if (setsRootUser(podSecurityContext2(pod.spec))) setters.push("pod");
  const badContainers = visitContainers2(pod.spec).filter(({ container: container3 }) => setsRootUser(securityContext2(container3))).map(({ name }) => name);
  if (badContainers.length > 0) setters.push(containerNoun(badContainers));
  if (setters.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: "runAsUser=0",
    forbiddenDetail: `${setters.join(" and ")} must not set runAsUser=0`
  };
}
function runAsUserV1Dot35(pod) {
  return usesUserNamespace(pod.spec) ? ALLOWED : runAsUserV1Dot23(pod);
}
var runAsUser = {
  id: "runAsUser",
  level: "restricted",
  versions: [
    { minimumVersion: v1(23), checkPod: runAsUserV1Dot23 },
    { minimumVersion: v1(35), checkPod: runAsUserV1Dot35 }
  ]
};

// src/pss/checks/seccomp-profile-baseline.ts
var SECCOMP_POD_ANNOTATION2 = "seccomp.security.alpha.kubernetes.io/pod";
var SECCOMP_CONTAINER_ANNOTATION_PREFIX2 = "container.seccomp.security.alpha.kubernetes.io/";
var ANNOTATION_POD = SECCOMP_POD_ANNOTATION2;
var ANNOTATION_CONTAINER_PREFIX = SECCOMP_CONTAINER_ANNOTATION_PREFIX2;
var validSeccompAnnotationValue = (value) => value === "runtime/default" || value === "docker/default" || value.startsWith("localhost/");
var validSeccompType = (type) => type === "RuntimeDefault" || type === "Localhost";
function seccompProfileBaselineV1Dot0(pod) {
  const annotations = pod.metadata.annotations ?? {};
  const forbidden2 = [];
  const inspect = (key2) => {
    if (!Object.hasOwn(annotations, key2)) return;
    const value = str(annotations[key2]);
    if (!validSeccompAnnotationValue(value)) forbidden2.push(`${key2}=${goQuote(value)}`);
  };
  inspect(ANNOTATION_POD);
  for (const { name } of visitContainers2(pod.spec)) inspect(ANNOTATION_CONTAINER_PREFIX + name);
  if (forbidden2.length === 0) return ALLOWED;
  const entries = sortedSet(forbidden2);
  return {
    allowed: false,
    forbiddenReason: "seccompProfile",
    forbiddenDetail: `forbidden ${pluralize("annotation", "annotations", entries.length)} ${entries.join(", ")}`
  };
}
function seccompProfileBaselineV1Dot19(pod) {
  const setters = [];
  const badValues = [];
  const podProfile = obj(podSecurityContext2(pod.spec)?.seccompProfile);
  if (podProfile !== void 0 && !validSeccompType(str(podProfile.type))) {
    setters.push("pod");
    badValues.push(str(podProfile.type));
  }
  const badContainers = [];
  for (const { name, container: container3 } of visitContainers2(pod.spec)) {
    const profile2 = obj(securityContext2(container3)?.seccompProfile);
    if (profile2 === void 0 || validSeccompType(str(profile2.type))) continue;
    badContainers.push(name);
    badValues.push(str(profile2.type));
  }
  if (badContainers.length > 0) setters.push(containerNoun(badContainers));
  if (setters.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: "seccompProfile",
    forbiddenDetail: `${setters.join(" and ")} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(badValues))}`
  };
}
var seccompProfileBaseline = {
  id: "seccompProfile_baseline",
  level: "baseline",
  versions: [
    { minimumVersion: v1(0), checkPod: seccompProfileBaselineV1Dot0 },
    { minimumVersion: v1(19), checkPod: seccompProfileBaselineV1Dot19 }
  ]
};

// src/pss/checks/seccomp-profile-restricted.ts
function seccompRestrictedOffenders(spec) {
  let podSet = false;
  let podBadType;
  const podProfile = obj(podSecurityContext2(spec)?.seccompProfile);
  if (podProfile !== void 0) {
    if (validSeccompType(str(podProfile.type))) podSet = true;
    else podBadType = str(podProfile.type);
  }
  const explicitlyBad = [];
  const implicitlyBad = [];
  for (const visited of visitContainers2(spec)) {
    const profile2 = obj(securityContext2(visited.container)?.seccompProfile);
    if (profile2 !== void 0) {
      if (!validSeccompType(str(profile2.type))) explicitlyBad.push({ ...visited, type: str(profile2.type) });
    } else if (!podSet) {
      implicitlyBad.push(visited);
    }
  }
  return { ...podBadType === void 0 ? {} : { podBadType }, explicitlyBad, implicitlyBad };
}
function seccompProfileRestrictedV1Dot19(pod) {
  const setters = [];
  const badValues = [];
  const offenders = seccompRestrictedOffenders(pod.spec);
  if (offenders.podBadType !== void 0) {
    setters.push("pod");
    badValues.push(offenders.podBadType);
  }
  const explicitlyBad = offenders.explicitlyBad.map(({ name }) => name);
  badValues.push(...offenders.explicitlyBad.map(({ type }) => type));
  const implicitlyBad = offenders.implicitlyBad.map(({ name }) => name);
  if (explicitlyBad.length > 0) setters.push(containerNoun(explicitlyBad));
  if (setters.length > 0) {
    return {
      allowed: false,
      forbiddenReason: "seccompProfile",
      forbiddenDetail: `${setters.join(" and ")} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(badValues))}`
    };
  }
  if (implicitlyBad.length > 0) {
    return {
      allowed: false,
      forbiddenReason: "seccompProfile",
      forbiddenDetail: `pod or ${containerNoun(implicitlyBad)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`
    };
  }
  return ALLOWED;
}
function seccompProfileRestrictedV1Dot25(pod) {
  return isWindowsPod(pod.spec) ? ALLOWED : seccompProfileRestrictedV1Dot19(pod);
}
var seccompProfileRestricted = {
  id: "seccompProfile_restricted",
  level: "restricted",
  versions: [
    { minimumVersion: v1(19), checkPod: seccompProfileRestrictedV1Dot19, overrides: ["seccompProfile_baseline"] },
    { minimumVersion: v1(25), checkPod: seccompProfileRestrictedV1Dot25, overrides: ["seccompProfile_baseline"] }
  ]
};

// src/pss/checks/se-linux-options.ts
var ALLOWED_TYPES_1_0 = /* @__PURE__ */ new Set(["", "container_t", "container_init_t", "container_kvm_t"]);
var ALLOWED_TYPES_1_31 = /* @__PURE__ */ new Set([...ALLOWED_TYPES_1_0, "container_engine_t"]);
var allowedSeLinuxTypes = (minor) => minor >= 31 ? ALLOWED_TYPES_1_31 : ALLOWED_TYPES_1_0;
function seLinuxOptionsViolations(options, allowedTypes) {
  const type = str(options.type);
  return {
    ...allowedTypes.has(type) ? {} : { badType: type },
    userSet: str(options.user) !== "",
    roleSet: str(options.role) !== ""
  };
}
function seLinuxOptionsWith(allowedTypes) {
  return (pod) => {
    const badTypes = [];
    let setUser = false;
    let setRole = false;
    const valid = (options) => {
      const { badType, userSet, roleSet } = seLinuxOptionsViolations(options, allowedTypes);
      if (badType !== void 0) badTypes.push(badType);
      setUser ||= userSet;
      setRole ||= roleSet;
      return badType === void 0 && !userSet && !roleSet;
    };
    const setters = [];
    const podOptions = obj(podSecurityContext2(pod.spec)?.seLinuxOptions);
    if (podOptions !== void 0 && !valid(podOptions)) setters.push("pod");
    const badContainers = visitContainers2(pod.spec).filter(({ container: container3 }) => {
      const options = obj(securityContext2(container3)?.seLinuxOptions);
      return options !== void 0 && !valid(options);
    }).map(({ name }) => name);
    if (badContainers.length > 0) setters.push(containerNoun(badContainers));
    if (setters.length === 0) return ALLOWED;
    const parts = [];
    const types = sortedSet(badTypes);
    if (types.length > 0) parts.push(`${pluralize("type", "types", types.length)} ${joinQuote(types)}`);
    if (setUser) parts.push("user may not be set");
    if (setRole) parts.push("role may not be set");
    return {
      allowed: false,
      forbiddenReason: "seLinuxOptions",
      forbiddenDetail: `${setters.join(" and ")} set forbidden securityContext.seLinuxOptions: ${parts.join("; ")}`
    };
  };
}
var seLinuxOptions2 = {
  id: "seLinuxOptions",
  level: "baseline",
  versions: [
    { minimumVersion: v1(0), checkPod: seLinuxOptionsWith(allowedSeLinuxTypes(0)) },
    { minimumVersion: v1(31), checkPod: seLinuxOptionsWith(allowedSeLinuxTypes(31)) }
  ]
};

// src/pss/checks/sysctls.ts
var ALLOWED_1_0 = [
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_unprivileged_port_start"
];
var ALLOWED_1_27 = [...ALLOWED_1_0, "net.ipv4.ip_local_reserved_ports"];
var ALLOWED_1_29 = [
  ...ALLOWED_1_27,
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes"
];
var ALLOWED_1_32 = [...ALLOWED_1_29, "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"];
var ALLOWED_1_37 = [...ALLOWED_1_32, "net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"];
var ALLOWED_BY_VERSION = [
  [0, ALLOWED_1_0],
  [27, ALLOWED_1_27],
  [29, ALLOWED_1_29],
  [32, ALLOWED_1_32],
  [37, ALLOWED_1_37]
];
function allowedSysctls(minor) {
  let allowed = [];
  for (const [from, names] of ALLOWED_BY_VERSION) if (from <= minor) allowed = names;
  return new Set(allowed);
}
function sysctlsWith(allowedNames) {
  const allowed = new Set(allowedNames);
  return (pod) => {
    const forbidden2 = list(podSecurityContext2(pod.spec)?.sysctls).map((sysctl) => str(get(sysctl, "name"))).filter((name) => !allowed.has(name));
    if (forbidden2.length === 0) return ALLOWED;
    return { allowed: false, forbiddenReason: "forbidden sysctls", forbiddenDetail: forbidden2.join(", ") };
  };
}
var sysctls = {
  id: "sysctls",
  level: "baseline",
  versions: ALLOWED_BY_VERSION.map(([minor, names]) => ({ minimumVersion: v1(minor), checkPod: sysctlsWith(names) }))
};

// src/pss/checks/windows-host-process.ts
var setsHostProcess = (context) => get(context, "windowsOptions", "hostProcess") === true;
function windowsHostProcessV1Dot0(pod) {
  const setters = [];
  if (setsHostProcess(podSecurityContext2(pod.spec))) setters.push("pod");
  const badContainers = visitContainers2(pod.spec).filter(({ container: container3 }) => setsHostProcess(securityContext2(container3))).map(({ name }) => name);
  if (badContainers.length > 0) setters.push(containerNoun(badContainers));
  if (setters.length === 0) return ALLOWED;
  return {
    allowed: false,
    forbiddenReason: "hostProcess",
    forbiddenDetail: `${setters.join(" and ")} must not set securityContext.windowsOptions.hostProcess=true`
  };
}
var windowsHostProcess = {
  id: "windowsHostProcess",
  level: "baseline",
  versions: [{ minimumVersion: v1(0), checkPod: windowsHostProcessV1Dot0 }]
};

// src/pss/checks/index.ts
var ALL_CHECKS = [
  // baseline
  appArmorProfile,
  capabilitiesBaseline,
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  privileged,
  procMount,
  seLinuxOptions2,
  seccompProfileBaseline,
  sysctls,
  windowsHostProcess,
  // restricted
  allowPrivilegeEscalation,
  capabilitiesRestricted,
  procMountRestricted,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seccompProfileRestricted
];

// src/pss/field-paths.ts
var SPEC_SECURITY_CONTEXT = ["spec", "securityContext"];
var ANNOTATIONS = ["metadata", "annotations"];
var containerPath = ({ at: at4 }) => ["spec", ...at4];
var containerContext = (c) => [...containerPath(c), "securityContext"];
function requiredContainerField(c, fields) {
  const base = containerPath(c);
  const candidates = [];
  if (get(c.container, ...fields) !== void 0) candidates.push([...base, ...fields]);
  for (let n = fields.length - 1; n >= 1; n--) candidates.push([...base, ...fields.slice(0, n)]);
  candidates.push(base);
  return candidates;
}
var annotationIfSet = (annotations, key2) => Object.hasOwn(annotations, key2) ? [[...ANNOTATIONS, key2]] : [];
var profileCandidates = (profile2, annotations, annotationKey) => [
  [...profile2, "type"],
  profile2,
  ...annotationIfSet(annotations, annotationKey)
];
var firstContainer = (spec, bad) => visitContainers2(spec).find(({ container: container3 }) => bad(container3));
function containerField(spec, field, bad) {
  const c = firstContainer(spec, bad);
  return c === void 0 ? [] : [[...containerContext(c), field]];
}
var allowPrivilegeEscalation2 = ({ spec }) => {
  const c = firstContainer(spec, allowsPrivilegeEscalation);
  return c === void 0 ? [] : requiredContainerField(c, ["securityContext", "allowPrivilegeEscalation"]);
};
var appArmorProfile2 = ({ spec, annotations }) => {
  const podProfile = obj(podSecurityContext2(spec)?.appArmorProfile);
  if (podProfile !== void 0 && !allowedAppArmorProfileType(str(podProfile.type))) {
    return [[...SPEC_SECURITY_CONTEXT, "appArmorProfile", "type"], [...SPEC_SECURITY_CONTEXT, "appArmorProfile"]];
  }
  const c = firstContainer(spec, (container3) => {
    const profile2 = obj(securityContext2(container3)?.appArmorProfile);
    return profile2 !== void 0 && !allowedAppArmorProfileType(str(profile2.type));
  });
  if (c !== void 0) return profileCandidates([...containerContext(c), "appArmorProfile"], annotations, APPARMOR_ANNOTATION_PREFIX + c.name);
  const annotation = forbiddenAppArmorAnnotations(annotations)[0];
  return annotation === void 0 ? [] : [[...ANNOTATIONS, annotation.key]];
};
var capabilitiesBaseline2 = ({ spec }) => {
  for (const c of visitContainers2(spec)) {
    const add = list(get(securityContext2(c.container), "capabilities", "add"));
    const index2 = add.findIndex((capability) => !isDefaultCapability(str(capability)));
    if (index2 >= 0) return [[...containerContext(c), "capabilities", "add", index2]];
  }
  return [];
};
var capabilitiesRestricted2 = ({ spec }) => {
  for (const c of visitContainers2(spec)) {
    if (missesDropAll(c.container)) return requiredContainerField(c, ["securityContext", "capabilities", "drop"]);
    const add = list(get(securityContext2(c.container), "capabilities", "add"));
    const index2 = add.findIndex((capability) => !isRestrictedAllowedCapability(str(capability)));
    if (index2 >= 0) return [[...containerContext(c), "capabilities", "add", index2]];
  }
  return [];
};
var hostNamespaces2 = ({ spec }) => {
  const field = HOST_NAMESPACE_FIELDS.find((f) => spec[f] === true);
  return field === void 0 ? [] : [["spec", field]];
};
var hostPathVolumes2 = ({ spec }) => {
  const index2 = list(spec.volumes).findIndex(isHostPathVolume);
  return index2 < 0 ? [] : [["spec", "volumes", index2, "hostPath"]];
};
var hostPorts2 = ({ spec }) => {
  for (const c of visitContainers2(spec)) {
    const index2 = list(c.container.ports).findIndex((port) => forbiddenHostPort(port) !== void 0);
    if (index2 >= 0) return [[...containerPath(c), "ports", index2, "hostPort"], [...containerPath(c), "ports", index2]];
  }
  return [];
};
var hostProbesAndHostLifecycle2 = ({ spec }) => {
  for (const c of visitContainers2(spec)) {
    for (const handler2 of PROBE_AND_LIFECYCLE_HANDLERS) {
      for (const field of HANDLER_HOST_FIELDS) {
        if (str(get(c.container, ...handler2, ...field)) !== "") return [[...containerPath(c), ...handler2, ...field]];
      }
    }
  }
  return [];
};
var privileged2 = ({ spec }) => containerField(spec, "privileged", isPrivileged);
var procMount2 = ({ spec }) => containerField(spec, "procMount", (container3) => forbiddenProcMount(container3) !== void 0);
var restrictedVolumes2 = ({ spec }) => {
  const volumes = list(spec.volumes);
  const index2 = volumes.findIndex((volume3) => restrictedVolumeType(volume3) !== void 0);
  if (index2 < 0) return [];
  const type = restrictedVolumeType(volumes[index2]);
  const volume2 = ["spec", "volumes", index2];
  return type === void 0 || type === "unknown" ? [volume2] : [[...volume2, type]];
};
var runAsNonRoot2 = ({ spec }) => {
  const { podSetsFalse, explicitlyBad, implicitlyBad } = runAsNonRootOffenders(spec);
  if (podSetsFalse) return [[...SPEC_SECURITY_CONTEXT, "runAsNonRoot"]];
  const explicit = explicitlyBad[0];
  if (explicit !== void 0) return [[...containerContext(explicit), "runAsNonRoot"]];
  const implicit = implicitlyBad[0];
  return implicit === void 0 ? [] : requiredContainerField(implicit, ["securityContext", "runAsNonRoot"]);
};
var runAsUser2 = ({ spec }) => setsRootUser(podSecurityContext2(spec)) ? [[...SPEC_SECURITY_CONTEXT, "runAsUser"]] : containerField(spec, "runAsUser", (container3) => setsRootUser(securityContext2(container3)));
var seLinuxOptions3 = ({ spec, minor }) => {
  const allowed = allowedSeLinuxTypes(minor);
  const badField = (options) => {
    if (options === void 0) return void 0;
    const { badType, userSet, roleSet } = seLinuxOptionsViolations(options, allowed);
    return badType !== void 0 ? "type" : userSet ? "user" : roleSet ? "role" : void 0;
  };
  const candidates = (base, field) => [[...base, "seLinuxOptions", field], [...base, "seLinuxOptions"]];
  const podField = badField(obj(podSecurityContext2(spec)?.seLinuxOptions));
  if (podField !== void 0) return candidates(SPEC_SECURITY_CONTEXT, podField);
  for (const c of visitContainers2(spec)) {
    const field = badField(obj(securityContext2(c.container)?.seLinuxOptions));
    if (field !== void 0) return candidates(containerContext(c), field);
  }
  return [];
};
var seccompProfileBaseline2 = ({ spec, annotations, minor }) => {
  if (minor < 19) {
    const badAnnotation = (key2) => Object.hasOwn(annotations, key2) && !validSeccompAnnotationValue(str(annotations[key2]));
    if (badAnnotation(SECCOMP_POD_ANNOTATION2)) return [[...ANNOTATIONS, SECCOMP_POD_ANNOTATION2], [...SPEC_SECURITY_CONTEXT, "seccompProfile"]];
    const c2 = visitContainers2(spec).find(({ name }) => badAnnotation(SECCOMP_CONTAINER_ANNOTATION_PREFIX2 + name));
    if (c2 === void 0) return [];
    return [[...ANNOTATIONS, SECCOMP_CONTAINER_ANNOTATION_PREFIX2 + c2.name], [...containerContext(c2), "seccompProfile"]];
  }
  const badProfile = (context) => {
    const profile2 = obj(context?.seccompProfile);
    return profile2 !== void 0 && !validSeccompType(str(profile2.type));
  };
  if (badProfile(podSecurityContext2(spec))) return profileCandidates([...SPEC_SECURITY_CONTEXT, "seccompProfile"], annotations, SECCOMP_POD_ANNOTATION2);
  const c = firstContainer(spec, (container3) => badProfile(securityContext2(container3)));
  return c === void 0 ? [] : profileCandidates([...containerContext(c), "seccompProfile"], annotations, SECCOMP_CONTAINER_ANNOTATION_PREFIX2 + c.name);
};
var seccompProfileRestricted2 = ({ spec, annotations }) => {
  const { podBadType, explicitlyBad, implicitlyBad } = seccompRestrictedOffenders(spec);
  if (podBadType !== void 0) return profileCandidates([...SPEC_SECURITY_CONTEXT, "seccompProfile"], annotations, SECCOMP_POD_ANNOTATION2);
  const explicit = explicitlyBad[0];
  if (explicit !== void 0) {
    return profileCandidates([...containerContext(explicit), "seccompProfile"], annotations, SECCOMP_CONTAINER_ANNOTATION_PREFIX2 + explicit.name);
  }
  const implicit = implicitlyBad[0];
  return implicit === void 0 ? [] : requiredContainerField(implicit, ["securityContext", "seccompProfile"]);
};
var sysctls2 = ({ spec, minor }) => {
  const allowed = allowedSysctls(minor);
  const index2 = list(podSecurityContext2(spec)?.sysctls).findIndex((sysctl2) => !allowed.has(str(get(sysctl2, "name"))));
  const sysctl = [...SPEC_SECURITY_CONTEXT, "sysctls", index2];
  return index2 < 0 ? [] : [[...sysctl, "name"], sysctl];
};
var windowsHostProcess2 = ({ spec }) => {
  const hostProcess = ["windowsOptions", "hostProcess"];
  if (setsHostProcess(podSecurityContext2(spec))) return [[...SPEC_SECURITY_CONTEXT, ...hostProcess]];
  const c = firstContainer(spec, (container3) => setsHostProcess(securityContext2(container3)));
  return c === void 0 ? [] : [[...containerContext(c), ...hostProcess]];
};
var FINDERS = {
  allowPrivilegeEscalation: allowPrivilegeEscalation2,
  appArmorProfile: appArmorProfile2,
  capabilities_baseline: capabilitiesBaseline2,
  capabilities_restricted: capabilitiesRestricted2,
  hostNamespaces: hostNamespaces2,
  hostPathVolumes: hostPathVolumes2,
  hostPorts: hostPorts2,
  hostProbesAndHostLifecycle: hostProbesAndHostLifecycle2,
  privileged: privileged2,
  procMount: procMount2,
  procMount_restricted: procMount2,
  restrictedVolumes: restrictedVolumes2,
  runAsNonRoot: runAsNonRoot2,
  runAsUser: runAsUser2,
  seLinuxOptions: seLinuxOptions3,
  seccompProfile_baseline: seccompProfileBaseline2,
  seccompProfile_restricted: seccompProfileRestricted2,
  sysctls: sysctls2,
  windowsHostProcess: windowsHostProcess2
};
var CHECKS = new Map(ALL_CHECKS.map((check) => [check.id, check]));
function newestFailingMinor(check, pod) {
  for (let i = check.versions.length - 1; i >= 0; i--) {
    const version = check.versions[i];
    if (!version.checkPod(pod).allowed) return version.minimumVersion.minor;
  }
  return void 0;
}
function normalise(pod) {
  const source = obj(pod);
  const annotations = obj(obj(source?.metadata)?.annotations) ?? {};
  return { metadata: { annotations }, spec: obj(source?.spec) ?? {} };
}
function failingFieldPaths(checkId, pod) {
  try {
    const check = CHECKS.get(checkId);
    const finder = check === void 0 ? void 0 : FINDERS[check.id];
    if (check === void 0 || finder === void 0) return [];
    const normalised = normalise(pod);
    const minor = newestFailingMinor(check, normalised);
    if (minor === void 0) return [];
    return finder({ spec: normalised.spec, annotations: normalised.metadata.annotations, minor });
  } catch {
    return [];
  }
}

// src/pss/version.ts
var LEVEL_RANK = { privileged: 0, baseline: 1, restricted: 2 };
var LEVEL_ERROR = "must be one of privileged, baseline, restricted";
var VERSION_ERROR = 'must be "latest" or "v1.x"';
var VERSION_PATTERN = /^v1\.(0|[1-9][0-9]*)$/;
function parseLevel(text) {
  return isLevel(text) ? { value: text } : { value: "restricted", error: LEVEL_ERROR };
}
function isLevel(text) {
  return text === "privileged" || text === "baseline" || text === "restricted";
}
function compareLevels(a, b) {
  return Math.sign(LEVEL_RANK[a] - LEVEL_RANK[b]);
}
function parseVersion(text) {
  if (text === "latest") return { value: LATEST_VERSION };
  const match2 = VERSION_PATTERN.exec(text);
  const minor = match2 ? Number(match2[1]) : Number.NaN;
  if (!Number.isSafeInteger(minor) || minor >= LATEST_VERSION.minor) return { value: LATEST_VERSION, error: VERSION_ERROR };
  return { value: { major: 1, minor } };
}
function majorMinor(minor) {
  if (!Number.isSafeInteger(minor) || minor < 0 || minor >= LATEST_VERSION.minor) throw new RangeError(`invalid policy minor version ${minor}`);
  return { major: 1, minor };
}
function isLatest(version) {
  return version.minor === LATEST_VERSION.minor;
}
function versionString(version) {
  return isLatest(version) ? "latest" : `v${version.major}.${version.minor}`;
}
function levelVersionString(level, version) {
  return `${level}:${versionString(version)}`;
}
function compareVersions(a, b) {
  return a.major !== b.major ? a.major - b.major : Math.sign(a.minor - b.minor);
}
function isOlder(a, b) {
  return compareVersions(a, b) < 0;
}
function minVersion(a, b) {
  return isOlder(b, a) ? b : a;
}

// src/pss/messages.ts
function forbiddenDetail(results) {
  return results.map(({ reason, detail }) => detail === "" ? reason : `${reason} (${detail})`).join(", ");
}
function violationMessage(level, version, results) {
  return `violates PodSecurity "${levelVersionString(level, version)}": ${forbiddenDetail(results)}`;
}
function forbiddenMessage(podName, level, version, results) {
  const subject = podName === "" ? "pods" : `pods "${podName}"`;
  return `${subject} is forbidden: ${violationMessage(level, version, results)}`;
}
function warningMessage(level, version, results) {
  return `would violate PodSecurity "${levelVersionString(level, version)}": ${forbiddenDetail(results)}`;
}

// src/pss/pod.ts
var PSS_TEMPLATE_PATHS = {
  ...TEMPLATE_PATHS,
  PodTemplate: ["template"]
};
var OPTIONAL_TEMPLATE = /* @__PURE__ */ new Set(["PodTemplate", "ReplicationController"]);
var strings2 = { array: "string" };
var profile = { object: { type: "string", localhostProfile: "string" } };
var seLinuxOptions4 = { object: { user: "string", role: "string", type: "string", level: "string" } };
var windowsOptions = { object: { hostProcess: "bool" } };
var host = { object: { host: "string" } };
var handler = { object: { httpGet: host, tcpSocket: host, exec: "present", grpc: "present", sleep: "present" } };
var container2 = {
  object: {
    name: "string",
    image: "string",
    ports: { array: { object: { containerPort: "int32", hostPort: "int32" } } },
    securityContext: {
      object: {
        privileged: "bool",
        capabilities: { object: { add: strings2, drop: strings2 } },
        allowPrivilegeEscalation: "bool",
        runAsNonRoot: "bool",
        runAsUser: "int64",
        procMount: "string",
        seccompProfile: profile,
        seLinuxOptions: seLinuxOptions4,
        windowsOptions,
        appArmorProfile: profile
      }
    },
    livenessProbe: handler,
    readinessProbe: handler,
    startupProbe: handler,
    lifecycle: { object: { postStart: handler, preStop: handler } }
  }
};
var PSS_VOLUME_SOURCES = [
  "hostPath",
  "emptyDir",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "persistentVolumeClaim",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "downwardAPI",
  "fc",
  "azureFile",
  "configMap",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "storageos",
  "projected",
  "portworxVolume",
  "scaleIO",
  "csi",
  "ephemeral",
  "image"
];
var volume = { object: { name: "string", ...Object.fromEntries(PSS_VOLUME_SOURCES.map((source) => [source, "present"])) } };
var PSS_TEMPLATE_SHAPE = {
  object: {
    metadata: { object: { annotations: "stringMap" } },
    spec: {
      object: {
        hostNetwork: "bool",
        hostPID: "bool",
        hostIPC: "bool",
        hostUsers: "bool",
        os: { object: { name: "string" } },
        runtimeClassName: "string",
        securityContext: {
          object: {
            runAsNonRoot: "bool",
            runAsUser: "int64",
            seccompProfile: profile,
            seLinuxOptions: seLinuxOptions4,
            sysctls: { array: { object: { name: "string" } } },
            windowsOptions,
            appArmorProfile: profile
          }
        },
        volumes: { array: volume },
        initContainers: { array: container2 },
        containers: { array: container2 },
        ephemeralContainers: { array: container2 }
      }
    }
  }
};
var isObj = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var CONTAINER_LISTS = ["initContainers", "containers", "ephemeralContainers"];
function at3(value, path6) {
  let current = value;
  for (const segment of path6) current = isObj(current) ? current[segment] : void 0;
  return current;
}
function toPssPod(object, kind, options) {
  const path6 = PSS_TEMPLATE_PATHS[kind];
  const template = kind === "Pod" ? { metadata: object.metadata, spec: object.spec } : at3(object, path6);
  if ((template === void 0 || template === null) && OPTIONAL_TEMPLATE.has(kind)) return { noTemplate: true };
  const errors = [];
  const narrowed = narrow(template, PSS_TEMPLATE_SHAPE, [...path6], errors);
  if (errors.length > 0) return { errors };
  const annotations = { ...narrowed?.metadata?.annotations };
  const pod = { metadata: { annotations }, spec: narrowed?.spec ?? {} };
  prepare(pod, { kubeMinor: options.kubeMinor, asPod: options.asPod ?? kind === "Pod" });
  if (Object.keys(pod.metadata.annotations).length === 0) return { pod: { metadata: {}, spec: pod.spec } };
  return { pod };
}
function prepare(pod, { kubeMinor, asPod }) {
  const { spec } = pod;
  const containers = CONTAINER_LISTS.flatMap((list2) => Array.isArray(spec[list2]) ? spec[list2] : []);
  const securityContexts = [spec.securityContext, ...containers.map((c) => c.securityContext)].filter(isObj);
  if (kubeMinor < 19) for (const sc of securityContexts) delete sc.seccompProfile;
  if (kubeMinor < 30) for (const sc of securityContexts) delete sc.appArmorProfile;
  if (kubeMinor < 23) delete spec.ephemeralContainers;
  if (Array.isArray(spec.volumes)) {
    for (const v2 of spec.volumes) if (!PSS_VOLUME_SOURCES.some((source) => v2[source] !== void 0)) v2.emptyDir = {};
  }
  if (spec.hostNetwork === true && (asPod || kubeMinor < 28)) {
    for (const list2 of ["containers", "initContainers"]) {
      for (const c of Array.isArray(spec[list2]) ? spec[list2] : []) {
        for (const port of Array.isArray(c.ports) ? c.ports : []) if (!port.hostPort) port.hostPort = port.containerPort ?? 0;
      }
    }
  }
  if (!asPod) return;
  if (kubeMinor >= 19 && kubeMinor <= 26) syncSeccomp(pod, kubeMinor <= 24);
  if (kubeMinor >= 30 && at3(spec, ["os", "name"]) !== "windows") syncAppArmor(pod, kubeMinor <= 34);
}
var SECCOMP_POD = "seccomp.security.alpha.kubernetes.io/pod";
var SECCOMP_CONTAINER2 = "container.seccomp.security.alpha.kubernetes.io/";
var APPARMOR_CONTAINER2 = "container.apparmor.security.beta.kubernetes.io/";
function profileForAnnotation(value, dockerDefault) {
  if (value === "runtime/default" || dockerDefault && value === "docker/default") return { type: "RuntimeDefault" };
  if (value === "unconfined") return { type: "Unconfined" };
  const localhost = value.startsWith("localhost/") ? value.slice("localhost/".length) : "";
  return localhost === "" ? void 0 : { type: "Localhost", localhostProfile: localhost };
}
function annotationForProfile(profile2) {
  if (profile2.type === "Unconfined") return "unconfined";
  if (profile2.type === "RuntimeDefault") return "runtime/default";
  if (profile2.type === "Localhost" && typeof profile2.localhostProfile === "string") return `localhost/${profile2.localhostProfile}`;
  return "";
}
function syncSeccomp(pod, fieldToAnnotation) {
  const { annotations } = pod.metadata;
  const sync = (key2, owner, setContext) => {
    const sc = isObj(owner.securityContext) ? owner.securityContext : void 0;
    const field = isObj(sc?.seccompProfile) ? sc.seccompProfile : void 0;
    const annotation = annotations[key2];
    if (field !== void 0 && annotation === void 0) {
      const value = annotationForProfile(field);
      if (fieldToAnnotation && value !== "") annotations[key2] = value;
    } else if (annotation !== void 0 && field === void 0) {
      const profile2 = profileForAnnotation(annotation, true);
      if (profile2 !== void 0) setContext({ ...sc, seccompProfile: profile2 });
    }
  };
  sync(SECCOMP_POD, pod.spec, (sc) => pod.spec.securityContext = sc);
  for (const list2 of CONTAINER_LISTS) {
    for (const c of Array.isArray(pod.spec[list2]) ? pod.spec[list2] : []) {
      sync(SECCOMP_CONTAINER2 + String(c.name ?? ""), c, (sc) => c.securityContext = sc);
    }
  }
}
function syncAppArmor(pod, fieldToAnnotation) {
  const { annotations } = pod.metadata;
  const podProfile = at3(pod.spec, ["securityContext", "appArmorProfile"]);
  for (const list2 of CONTAINER_LISTS) {
    for (const c of Array.isArray(pod.spec[list2]) ? pod.spec[list2] : []) {
      const key2 = APPARMOR_CONTAINER2 + String(c.name ?? "");
      const field = at3(c, ["securityContext", "appArmorProfile"]);
      const annotation = annotations[key2];
      if (annotation === void 0) {
        const source = isObj(field) ? field : isObj(podProfile) ? podProfile : void 0;
        const value = source === void 0 ? "" : annotationForProfile(source);
        if (fieldToAnnotation && value !== "") annotations[key2] = value;
      } else if (field === void 0) {
        const profile2 = profileForAnnotation(annotation, false);
        if (profile2 !== void 0 && !sameProfile(profile2, podProfile)) c.securityContext = { ...isObj(c.securityContext) ? c.securityContext : {}, appArmorProfile: profile2 };
      }
    }
  }
}
function sameProfile(a, b) {
  return isObj(b) && a.type === b.type && a.localhostProfile === b.localhostProfile;
}

// src/pss/registry.ts
var UNKNOWN_FORBIDDEN_REASON = "unknown forbidden reason";
function createEvaluator(checks, options = {}) {
  validateChecks(checks);
  let maxVersion = majorMinor(0);
  for (const check of checks) {
    const last = check.versions[check.versions.length - 1].minimumVersion;
    if (isOlder(maxVersion, last)) maxVersion = last;
  }
  const { baseline, restricted } = populate(checks, maxVersion.minor);
  if (options.maxVersion !== void 0) maxVersion = minVersion(maxVersion, options.maxVersion);
  const checksFor = (level, version) => {
    if (level === "privileged") return [];
    const minor = minVersion(version, maxVersion).minor;
    return (level === "baseline" ? baseline : restricted)[minor] ?? [];
  };
  return {
    maxVersion,
    checksFor,
    evaluatePod(level, version, pod) {
      const results = [];
      for (const { id, check } of checksFor(level, version)) {
        const result = check.checkPod(pod);
        if (result.allowed) continue;
        results.push({ id, reason: result.forbiddenReason || UNKNOWN_FORBIDDEN_REASON, detail: result.forbiddenDetail ?? "" });
      }
      return { allowed: results.length === 0, results };
    }
  };
}
function validateChecks(checks) {
  const levels = /* @__PURE__ */ new Map();
  for (const check of checks) {
    if (levels.has(check.id)) throw new Error(`multiple checks registered for ID ${check.id}`);
    levels.set(check.id, check.level);
    if (check.level !== "baseline" && check.level !== "restricted") throw new Error(`check ${check.id}: invalid level ${String(check.level)}`);
    if (check.versions.length === 0) throw new Error(`check ${check.id}: empty`);
    let previous;
    for (const version of check.versions) {
      const { major, minor } = version.minimumVersion;
      if (major !== 1 || !Number.isSafeInteger(minor) || minor < 0 || minor >= Number.MAX_SAFE_INTEGER) {
        throw new Error(`check ${check.id}: undefined version found`);
      }
      if (typeof version.checkPod !== "function") throw new Error(`check ${check.id}: undefined CheckPod found`);
      if (previous !== void 0 && !isOlder(previous, version.minimumVersion)) {
        throw new Error(`check ${check.id}: versions must be strictly increasing (${versionString(version.minimumVersion)})`);
      }
      previous = version.minimumVersion;
    }
  }
  for (const check of checks) {
    for (const version of check.versions) {
      if (!version.overrides?.length) continue;
      if (check.level !== "restricted") throw new Error(`check ${check.id}: only restricted checks may set overrides`);
      for (const id of version.overrides) {
        const overridden = levels.get(id);
        if (overridden !== void 0 && overridden !== "baseline") throw new Error(`check ${check.id}: overrides ${overridden} check ${id}`);
      }
    }
  }
}
function populate(checks, maxMinor) {
  const byId = (a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const ordered = [...checks.filter((c) => c.level === "baseline").sort(byId), ...checks.filter((c) => c.level === "restricted").sort(byId)];
  const baseline = [];
  const restricted = [];
  for (let minor = 0; minor <= maxMinor; minor++) {
    const active = ordered.flatMap((check) => {
      const version = activeVersion(check, minor);
      return version === void 0 ? [] : [{ id: check.id, level: check.level, check: version }];
    });
    const overridden = new Set(active.filter((c) => c.level === "restricted").flatMap((c) => c.check.overrides ?? []));
    baseline.push(active.filter((c) => c.level === "baseline"));
    restricted.push(active.filter((c) => c.level === "restricted" || !overridden.has(c.id)));
  }
  return { baseline, restricted };
}
function activeVersion(check, minor) {
  let active;
  for (const version of check.versions) if (version.minimumVersion.minor <= minor) active = version;
  return active;
}
var defaultEvaluator;
function getEvaluator() {
  return defaultEvaluator ??= createEvaluator(ALL_CHECKS);
}

// src/lint/pss.ts
var LINT_MODES = ["psp", "pss", "both", "auto"];
function pspApplies(mode, signals) {
  if (mode === "pss") return false;
  if (mode === "auto") return signals.policies || signals.grants || signals.versionGiven;
  return true;
}
function grantsPolicyAccess(role) {
  const rules = Array.isArray(role.rules) ? role.rules : [];
  return rules.some((rule2) => {
    const resources = rule2?.resources;
    return Array.isArray(resources) && resources.includes("podsecuritypolicies");
  });
}
function hasDefaultLevel(options) {
  return options.level !== void 0 || options.audit !== void 0 || options.warn !== void 0;
}
function describeEnforce(pss) {
  const outcome = pss.exempt !== null ? `exempt (${pss.exempt})` : pss.allowed ? "admits" : `fails ${pss.checks.join(", ")}`;
  return { policy: `PodSecurity ${pss.level}:${pss.version} (enforce)`, outcome, admits: pss.exempt !== null || pss.allowed };
}
var PSS_KUBE_MINOR = 36;
var PREFIX = "pod-security.kubernetes.io/";
function parsedVersion(text) {
  return text === void 0 ? LATEST_VERSION : parseVersion(text).value;
}
function defaultPolicy(options) {
  return {
    enforce: { level: options.level ?? "privileged", version: parsedVersion(options.version) },
    audit: { level: options.audit ?? "privileged", version: parsedVersion(options.auditVersion) },
    warn: { level: options.warn ?? "privileged", version: parsedVersion(options.warnVersion) },
    errors: [],
    labelled: false
  };
}
var goQuote2 = (value) => JSON.stringify(value);
function policyToEvaluate(labels, defaults2) {
  const policy = { enforce: { ...defaults2.enforce }, audit: { ...defaults2.audit }, warn: { ...defaults2.warn }, errors: [], labelled: false };
  if (labels === void 0 || Object.keys(labels).length === 0) return policy;
  const error = (key2, value, text) => {
    policy.errors.push(`metadata.labels[${PREFIX}${key2}]: Invalid value: ${goQuote2(value)}: ${text}`);
  };
  let hasEnforceLevel = false;
  for (const mode of ["enforce", "audit", "warn"]) {
    const level = labels[PREFIX + mode];
    if (level !== void 0) {
      policy.labelled = true;
      const parsed = parseLevel(level);
      policy[mode].level = parsed.error === void 0 ? parsed.value : mode === "enforce" ? "restricted" : "privileged";
      if (parsed.error !== void 0) error(mode, level, parsed.error);
      else if (mode === "enforce") hasEnforceLevel = true;
    }
    const version = labels[`${PREFIX}${mode}-version`];
    if (version !== void 0) {
      const parsed = parseVersion(version);
      policy[mode].version = parsed.value;
      if (parsed.error !== void 0) error(`${mode}-version`, version, parsed.error);
    }
  }
  const hasWarnLevel = labels[PREFIX + "warn"] !== void 0;
  const hasWarnVersion = labels[PREFIX + "warn-version"] !== void 0;
  if (!hasWarnLevel && hasEnforceLevel && compareLevels(policy.enforce.level, policy.warn.level) > 0) {
    policy.warn.level = policy.enforce.level;
    if (!hasWarnVersion) policy.warn.version = policy.enforce.version;
  }
  return policy;
}
var isObj2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var namespaceOf = (subject) => subject.ref.namespace ?? subject.pod.metadata.namespace ?? "default";
var PssCollector = class {
  constructor(mode, options) {
    this.mode = mode;
    this.options = options;
  }
  mode;
  options;
  namespaceLabels = /* @__PURE__ */ new Map();
  inputs = /* @__PURE__ */ new Map();
  get enabled() {
    return this.mode !== "psp";
  }
  /** Records the labels of every Namespace object (later files replace earlier ones). */
  addObjects(objects) {
    if (!this.enabled) return;
    for (const object of objects) {
      const value = object.value;
      if (!isObj2(value) || value.kind !== "Namespace" || value.apiVersion !== "v1") continue;
      const metadata2 = isObj2(value.metadata) ? value.metadata : {};
      if (typeof metadata2.name !== "string") continue;
      const labels = {};
      if (isObj2(metadata2.labels)) {
        for (const [key2, label] of Object.entries(metadata2.labels)) if (typeof label === "string") labels[key2] = label;
      }
      this.namespaceLabels.set(metadata2.name, labels);
    }
  }
  /** Projects the pod(s) PSA sees for `subject` from its still-parsed manifest value. */
  addSubject(subject, value) {
    if (!this.enabled || !isObj2(value)) return;
    const kind = subject.kind;
    const pod = toPssPod(value, kind, { kubeMinor: PSS_KUBE_MINOR, asPod: true });
    const template = kind === "Pod" ? void 0 : toPssPod(value, kind, { kubeMinor: PSS_KUBE_MINOR, asPod: false });
    this.inputs.set(subject, {
      asPod: "pod" in pod ? pod.pod : void 0,
      template: template !== void 0 && "pod" in template ? template.pod : void 0,
      runtimeClassName: "pod" in pod && typeof pod.pod.spec.runtimeClassName === "string" ? pod.pod.spec.runtimeClassName : void 0
    });
  }
  /**
   * Whether Pod Security judges pods of `namespace` in this run (so `addSubject` projections are needed): a mode
   * that runs it everywhere, a level label on the Namespace, a configured default, or, in `auto` without a PSP
   * cluster, advice. Exact once every Namespace has been added.
   */
  judges(namespace, pspActive) {
    if (!this.enabled) return false;
    return this.mode !== "auto" || !pspActive || this.configured(namespace);
  }
  /** Whether `addSubject` recorded a projection for `subject`. */
  projected(subject) {
    return this.inputs.has(subject);
  }
  /** The namespaces added so far whose labels set a Pod Security level. */
  labelledNamespaces() {
    return new Set([...this.namespaceLabels.keys()].filter((namespace) => this.configured(namespace)));
  }
  /** Whether PSS applies to pods of `namespace` in auto mode: labels or a configured default. */
  configured(namespace) {
    const labels = this.namespaceLabels.get(namespace) ?? {};
    const labelled = ["enforce", "audit", "warn"].some((mode) => labels[PREFIX + mode] !== void 0);
    return labelled || hasDefaultLevel(this.options);
  }
  /**
   * Evaluates one pod. `pspActive`: whether the PSP simulation judged it. Returns the pod with its `pss`
   * verdict (and, when PSS decides, `allowed`/`reason`/`policy`/`message` from the enforce verdict) and findings.
   */
  evaluate(evaluation, pspActive, locator, kubeMinor) {
    const subject = evaluation.subject;
    const inputs = this.inputs.get(subject);
    this.inputs.delete(subject);
    const namespace = namespaceOf(subject);
    if (!this.enabled || inputs === void 0) return { pod: evaluation, diagnostics: [] };
    const configured = this.mode !== "auto" || this.configured(namespace);
    const advisory = this.mode === "auto" && !configured && !pspActive;
    if (!configured && !advisory) return { pod: evaluation, diagnostics: [] };
    const location = locator.locate(subject.source, subject.templatePath);
    const at4 = (check, pod) => {
      const candidates = pod === void 0 ? [] : failingFieldPaths(check.id, pod);
      return candidates.length === 0 ? location : locator.locateFirst(subject.source, candidates.map((path6) => [...subject.templatePath, ...path6]));
    };
    const base = { object: subject.ref, related: [] };
    const diagnostics = [];
    const evaluator = getEvaluator();
    const run = (lv, pod) => evaluator.evaluatePod(lv.level, lv.version, pod).results;
    const exemptions = this.options.exemptions ?? {};
    if (advisory) {
      const lv = { level: "restricted", version: LATEST_VERSION };
      const failed = inputs.asPod ? run(lv, inputs.asPod) : [];
      for (const check of failed) {
        diagnostics.push({
          ...base,
          ruleId: RULES.pssWarning.id,
          severity: RULES.pssWarning.severity,
          location: at4(check, inputs.asPod),
          message: `${warningMessage(lv.level, lv.version, [check])} [${check.id}] (advisory: no PodSecurityPolicy and no Pod Security level configured)`
        });
      }
      const pss2 = { level: "restricted", version: "latest", allowed: failed.length === 0, checks: failed.map((c) => c.id), message: failed.length ? forbiddenMessage(subject.podName, lv.level, lv.version, failed) : null, exempt: null, advisory: true };
      return { pod: { ...evaluation, allowed: true, reason: "admitted", policy: null, message: null, pss: pss2 }, diagnostics };
    }
    const policy = policyToEvaluate(this.namespaceLabels.get(namespace), defaultPolicy(this.options));
    const exempt = exemptions.namespaces?.includes(namespace) ? "namespace" : evaluation.requester !== void 0 && exemptions.usernames?.includes(evaluation.requester.name) ? "user" : inputs.runtimeClassName !== void 0 && inputs.runtimeClassName !== "" && exemptions.runtimeClasses?.includes(inputs.runtimeClassName) ? "runtimeClass" : null;
    const asPod = pspActive && evaluation.admittedPod !== null ? admittedPssPod(evaluation.admittedPod, kubeMinor) ?? inputs.asPod : inputs.asPod;
    const enforced = exempt === null && asPod ? run(policy.enforce, asPod) : [];
    const allowed = enforced.length === 0;
    const enforceText = levelVersionString(policy.enforce.level, policy.enforce.version);
    const message = allowed ? null : forbiddenMessage(subject.podName, policy.enforce.level, policy.enforce.version, enforced);
    for (const check of enforced) {
      diagnostics.push({
        ...base,
        ruleId: RULES.pssViolation.id,
        severity: RULES.pssViolation.severity,
        location: at4(check, asPod),
        message: `${subject.kind === "Pod" ? "Pod" : `Pod created by this ${subject.kind}`} "${subject.podName}" is forbidden: violates PodSecurity "${enforceText}" (enforce, namespace "${namespace}"): ${forbiddenDetail([check])} [${check.id}]`
      });
    }
    for (const error of policy.errors) {
      diagnostics.push({ ...base, ruleId: RULES.pssWarning.id, severity: RULES.pssWarning.severity, location, message: `namespace "${namespace}": Failed to parse policy: ${error}` });
    }
    const target = subject.kind === "Pod" ? asPod : inputs.template;
    const modes = [{ mode: "audit", lv: policy.audit }];
    if (subject.kind !== "Pod" || allowed) modes.push({ mode: "warn", lv: policy.warn });
    const grouped = /* @__PURE__ */ new Map();
    for (const { mode, lv } of modes) {
      if (lv.level === "privileged" || exempt === "namespace" || exempt === "runtimeClass") continue;
      const key2 = levelVersionString(lv.level, lv.version);
      const entry = grouped.get(key2) ?? { lv, modes: [] };
      entry.modes.push(mode);
      grouped.set(key2, entry);
    }
    for (const { lv, modes: names } of grouped.values()) {
      if (target === void 0) continue;
      for (const check of run(lv, target)) {
        diagnostics.push({
          ...base,
          ruleId: RULES.pssWarning.id,
          severity: RULES.pssWarning.severity,
          location: at4(check, target),
          message: `${warningMessage(lv.level, lv.version, [check])} [${check.id}] (${names.join(", ")}, namespace "${namespace}")`
        });
      }
    }
    const pss = { level: policy.enforce.level, version: versionString(policy.enforce.version), allowed, checks: enforced.map((c) => c.id), message, exempt, advisory: false };
    if (pspActive) {
      if (!evaluation.allowed || allowed) return { pod: { ...evaluation, pss }, diagnostics };
      return { pod: { ...evaluation, allowed: false, reason: "pod-security", policy: enforceText, message, pss }, diagnostics };
    }
    return {
      pod: { ...evaluation, allowed, reason: allowed ? "admitted" : "pod-security", policy: enforceText, message, pss },
      diagnostics
    };
  }
};
function admittedPssPod(pod, kubeMinor) {
  const decoded = toPssPod({ metadata: pod.metadata, spec: pod.spec }, "Pod", { kubeMinor, asPod: true });
  return "pod" in decoded ? decoded.pod : void 0;
}

// src/psp/apparmor/strategy.ts
function createAppArmorStrategy(pspAnnotations) {
  const allowedText = pspAnnotations !== void 0 && Object.hasOwn(pspAnnotations, APPARMOR_ALLOWED_PROFILES_ANNOTATION) ? pspAnnotations[APPARMOR_ALLOWED_PROFILES_ANNOTATION] : void 0;
  const allowed = allowedText === void 0 ? void 0 : new Set(allowedText.split(","));
  const defaultProfile = pspAnnotations?.[APPARMOR_DEFAULT_PROFILE_ANNOTATION] ?? "";
  return {
    generate(annotations, container3) {
      const annotationKey = APPARMOR_CONTAINER_ANNOTATION_PREFIX + container3.name;
      if ((annotations?.[annotationKey] ?? "") !== "" || defaultProfile === "") return annotations;
      return { ...annotations, [annotationKey]: defaultProfile };
    },
    validate(pod, container3) {
      if (allowed === void 0 || allowedText === void 0) return [];
      const annotationKey = APPARMOR_CONTAINER_ANNOTATION_PREFIX + container3.name;
      const path6 = key(child("pod", "metadata", "annotations"), annotationKey);
      const profile2 = pod.metadata.annotations?.[annotationKey] ?? "";
      if (profile2 === "") return [forbidden(path6, "AppArmor profile must be set")];
      if (allowed.has(profile2)) return [];
      return [forbidden(path6, `${profile2} is not an allowed profile. Allowed values: ${quoteGo(allowedText)}`)];
    }
  };
}

// src/psp/capabilities/capabilities.ts
var ALLOW_ALL_CAPABILITIES = "*";
function newDefaultCapabilities(defaultAdd, requiredDrop, allowed) {
  const defaults2 = [...defaultAdd ?? []];
  const drops = [...requiredDrop ?? []];
  const allowedSet = new Set(allowed ?? []);
  const defaultSet = new Set(defaults2);
  return {
    generate(_pod, container3) {
      const own = container3.securityContext?.capabilities;
      const add = new Set(own?.add ?? []);
      const drop = new Set(own?.drop ?? []);
      const newAdd = /* @__PURE__ */ new Set([...defaults2.filter((cap) => !drop.has(cap)), ...add]);
      const newDrop = /* @__PURE__ */ new Set([...drops, ...drop]);
      if (newAdd.size === add.size && newDrop.size === drop.size) return own;
      const result = {};
      if (newAdd.size > 0) result.add = [...newAdd].sort(byteWise);
      if (newDrop.size > 0) result.drop = [...newDrop].sort(byteWise);
      return result;
    },
    validate(path6, _pod, _container, capabilities) {
      if (capabilities === void 0) {
        if (defaults2.length === 0 && drops.length === 0) return [];
        return [invalid(path6, goNull, "required capabilities are not set on the securityContext")];
      }
      if (allowedSet.has(ALLOW_ALL_CAPABILITIES)) return [];
      const errors = [];
      for (const cap of capabilities.add ?? []) {
        if (!defaultSet.has(cap) && !allowedSet.has(cap)) {
          errors.push(invalid(child(path6, "add"), goString(cap), "capability may not be added"));
        }
      }
      const dropped = new Set(capabilities.drop ?? []);
      for (const cap of drops) {
        if (!dropped.has(cap)) {
          errors.push(invalid(child(path6, "drop"), goCapabilities(capabilities.drop), `${cap} is required to be dropped but was not found`));
        }
      }
      return errors;
    }
  };
}
function byteWise(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/psp/capabilities/index.ts
function createCapabilitiesStrategy(defaultAdd, requiredDrop, allowed) {
  return newDefaultCapabilities(defaultAdd, requiredDrop, allowed);
}

// src/psp/group/helpers.ts
function validateGroupsInRanges(path6, ranges, groups) {
  const errors = [];
  for (const group of groups ?? []) {
    if (!ranges.some((range2) => group >= range2.min && group <= range2.max)) {
      errors.push(invalid(path6, goInt64s(groups && [...groups]), `group ${group} must be in the ranges: ${formatRanges(ranges)}`));
    }
  }
  return errors;
}
function formatRanges(ranges) {
  return "[" + ranges.map((range2) => `{${range2.min} ${range2.max}}`).join(" ") + "]";
}

// src/psp/group/may-run-as.ts
function newMayRunAs(ranges) {
  const own = (ranges ?? []).map(({ min, max }) => ({ min, max }));
  if (own.length === 0) return "ranges must be supplied for MayRunAs";
  const strategy = {
    generate: () => void 0,
    generateSingle: () => void 0,
    validate: (path6, _pod, groups) => validateGroupsInRanges(path6, own, groups)
  };
  return strategy;
}

// src/psp/group/must-run-as.ts
function newMustRunAs(ranges) {
  const own = (ranges ?? []).map(({ min, max }) => ({ min, max }));
  const first = own[0];
  if (first === void 0) return "ranges must be supplied for MustRunAs";
  const strategy = {
    generate: () => [first.min],
    generateSingle: () => first.min,
    validate(path6, _pod, groups) {
      const errors = [];
      if (groups === void 0 || groups.length === 0) {
        errors.push(invalid(path6, goInt64s(groups === void 0 ? void 0 : []), "unable to validate empty groups against required ranges"));
      }
      return errors.concat(validateGroupsInRanges(path6, own, groups));
    }
  };
  return strategy;
}

// src/psp/group/run-as-any.ts
function newRunAsAny() {
  return {
    generate: () => void 0,
    generateSingle: () => void 0,
    validate: () => []
  };
}

// src/psp/group/index.ts
var FIELD_NAMES = {
  fsGroup: "FSGroup",
  supplementalGroups: "SupplementalGroups",
  runAsGroup: "RunAsGroup"
};
function createGroupStrategy(opts, field) {
  if (opts === void 0 && field === "runAsGroup") return newRunAsAny();
  const rule2 = opts?.rule ?? "";
  switch (rule2) {
    case "MustRunAs":
      return newMustRunAs(opts?.ranges);
    case "MayRunAs":
      return newMayRunAs(opts?.ranges);
    case "RunAsAny":
      return newRunAsAny();
    default:
      return `Unrecognized ${FIELD_NAMES[field]} strategy type ${rule2}`;
  }
}

// src/psp/selinux/must-run-as.ts
function newMustRunAs2(opts) {
  const wanted = opts.seLinuxOptions;
  if (wanted === void 0) return "MustRunAs requires SELinuxOptions";
  const expected = {
    user: wanted.user ?? "",
    role: wanted.role ?? "",
    type: wanted.type ?? "",
    level: wanted.level ?? ""
  };
  const strategy = {
    // A fresh copy each time so a mutated pod never shares an object with the policy or another pod.
    generate: () => ({ ...expected }),
    validate(path6, _pod, _container, options) {
      if (options === void 0) return [required(path6, "")];
      const errors = [];
      const mismatch = (name, actual2) => {
        errors.push(invalid(child(path6, name), goString(actual2), `must be ${expected[name]}`));
      };
      const actual = {
        user: options.user ?? "",
        role: options.role ?? "",
        type: options.type ?? "",
        level: options.level ?? ""
      };
      if (!equalLevels(expected.level, actual.level)) mismatch("level", actual.level);
      if (actual.role !== expected.role) mismatch("role", actual.role);
      if (actual.type !== expected.type) mismatch("type", actual.type);
      if (actual.user !== expected.user) mismatch("user", actual.user);
      return errors;
    }
  };
  return strategy;
}
function equalLevels(expected, actual) {
  if (expected === actual) return true;
  const expectedParts = splitOnce(expected);
  const actualParts = splitOnce(actual);
  if (expectedParts === void 0 || actualParts === void 0) return false;
  if (expectedParts[0] !== actualParts[0]) return false;
  const expectedCategories = expectedParts[1].split(",").sort(byteWise2);
  const actualCategories = actualParts[1].split(",").sort(byteWise2);
  return expectedCategories.length === actualCategories.length && expectedCategories.every((category, i) => category === actualCategories[i]);
}
function splitOnce(level) {
  const at4 = level.indexOf(":");
  return at4 < 0 ? void 0 : [level.slice(0, at4), level.slice(at4 + 1)];
}
function byteWise2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/psp/selinux/run-as-any.ts
function newRunAsAny2() {
  return {
    generate: () => void 0,
    validate: () => []
  };
}

// src/psp/selinux/index.ts
function createSELinuxStrategy(opts) {
  switch (opts.rule) {
    case "MustRunAs":
      return newMustRunAs2(opts);
    case "RunAsAny":
      return newRunAsAny2();
    default:
      return `Unrecognized SELinuxContext strategy type ${opts.rule}`;
  }
}

// src/psp/sysctl/must-match-patterns.ts
var SAFE_SYSCTLS_1_15 = Object.freeze([
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.tcp_syncookies"
]);
var SAFE_SYSCTLS_1_18 = Object.freeze([...SAFE_SYSCTLS_1_15, "net.ipv4.ping_group_range"]);
var SAFE_SYSCTLS_1_22 = Object.freeze([...SAFE_SYSCTLS_1_18, "net.ipv4.ip_unprivileged_port_start"]);
function safeSysctls(kubeMinor) {
  if (kubeMinor >= 22) return SAFE_SYSCTLS_1_22;
  if (kubeMinor >= 18) return SAFE_SYSCTLS_1_18;
  return SAFE_SYSCTLS_1_15;
}
function matchesAny(patterns, name) {
  return (patterns ?? []).some(
    (pattern) => pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : name === pattern
  );
}
function newMustMatchPatterns(safe, allowedUnsafe, forbiddenSysctls) {
  const path6 = child("pod", "spec", "securityContext", "sysctls");
  return {
    validate(pod) {
      const errors = [];
      (pod.spec.securityContext?.sysctls ?? []).forEach((sysctl, i) => {
        if (matchesAny(forbiddenSysctls, sysctl.name)) {
          errors.push(forbidden(index(path6, i), `sysctl ${quoteGo(sysctl.name)} is not allowed`));
        } else if (!safe.includes(sysctl.name) && !matchesAny(allowedUnsafe, sysctl.name)) {
          errors.push(forbidden(index(path6, i), `unsafe sysctl ${quoteGo(sysctl.name)} is not allowed`));
        }
      });
      return errors;
    }
  };
}

// src/psp/sysctl/index.ts
function createSysctlsStrategy(allowedUnsafe, forbidden2, kubeMinor) {
  return newMustMatchPatterns(safeSysctls(kubeMinor), allowedUnsafe, forbidden2);
}

// src/psp/user/must-run-as.ts
function newMustRunAs3(opts) {
  const ranges = (opts.ranges ?? []).map(({ min, max }) => ({ min, max }));
  const first = ranges[0];
  if (first === void 0) return "MustRunAs requires at least one range";
  const rendered = "[" + ranges.map((range2) => `{${range2.min} ${range2.max}}`).join(" ") + "]";
  const strategy = {
    generate: () => first.min,
    validate(scPath, _pod, _container, _runAsNonRoot, runAsUser3) {
      const path6 = child(scPath, "runAsUser");
      if (runAsUser3 === void 0) return [required(path6, "")];
      if (ranges.some((range2) => runAsUser3 >= range2.min && runAsUser3 <= range2.max)) return [];
      return [invalid(path6, goInt(runAsUser3), `must be in the ranges: ${rendered}`)];
    }
  };
  return strategy;
}

// src/psp/user/non-root.ts
function newRunAsNonRoot() {
  return {
    generate: () => void 0,
    validate(scPath, _pod, _container, runAsNonRoot3, runAsUser3) {
      if (runAsNonRoot3 === void 0 && runAsUser3 === void 0) {
        return [required(child(scPath, "runAsNonRoot"), "must be true")];
      }
      if (runAsNonRoot3 === false) return [invalid(child(scPath, "runAsNonRoot"), goBool(false), "must be true")];
      if (runAsUser3 === 0) return [invalid(child(scPath, "runAsUser"), goInt(0), "running with the root UID is forbidden")];
      return [];
    }
  };
}

// src/psp/user/run-as-any.ts
function newRunAsAny3() {
  return {
    generate: () => void 0,
    validate: () => []
  };
}

// src/psp/user/index.ts
function createRunAsUserStrategy(opts) {
  switch (opts.rule) {
    case "MustRunAs":
      return newMustRunAs3(opts);
    case "MustRunAsNonRoot":
      return newRunAsNonRoot();
    case "RunAsAny":
      return newRunAsAny3();
    default:
      return `Unrecognized RunAsUser strategy type ${opts.rule}`;
  }
}

// src/psp/factory.ts
function createStrategies(psp, kubeMinor) {
  const reasons = [];
  const take = (built) => {
    if (typeof built === "string") {
      reasons.push(built);
      return void 0;
    }
    return built;
  };
  const spec = psp.spec;
  const runAsUser3 = take(createRunAsUserStrategy({ ...spec.runAsUser, rule: spec.runAsUser?.rule ?? "" }));
  const runAsGroup = take(createGroupStrategy(spec.runAsGroup, "runAsGroup"));
  const seLinux = take(createSELinuxStrategy({ ...spec.seLinux, rule: spec.seLinux?.rule ?? "" }));
  const appArmor = createAppArmorStrategy(psp.metadata.annotations);
  const seccomp = createSeccompStrategy(psp.metadata.annotations, kubeMinor);
  const fsGroup = take(createGroupStrategy(spec.fsGroup, "fsGroup"));
  const supplementalGroups = take(createGroupStrategy(spec.supplementalGroups, "supplementalGroups"));
  const capabilities = createCapabilitiesStrategy(spec.defaultAddCapabilities, spec.requiredDropCapabilities, spec.allowedCapabilities);
  const sysctls3 = createSysctlsStrategy(spec.allowedUnsafeSysctls, spec.forbiddenSysctls, kubeMinor);
  if (!runAsUser3 || !runAsGroup || !seLinux || !fsGroup || !supplementalGroups) return { reasons };
  return { runAsUser: runAsUser3, runAsGroup, seLinux, appArmor, fsGroup, supplementalGroups, capabilities, sysctls: sysctls3, seccomp };
}

// src/psp/policy-defaults.ts
function defaultPodSecurityPolicy(psp) {
  const copy = structuredClone(psp);
  if (copy.spec !== void 0 && copy.spec.allowPrivilegeEscalation === void 0) {
    copy.spec.allowPrivilegeEscalation = true;
  }
  return copy;
}
function dropDisabledPolicyFields(psp, gates = {}) {
  const copy = structuredClone(psp);
  if (copy.spec === void 0) return copy;
  if (gates.ProcMountType !== true) delete copy.spec.allowedProcMountTypes;
  if (gates.CSIInlineVolume === false) delete copy.spec.allowedCSIDrivers;
  return copy;
}

// src/psp/validation/annotations.ts
var APPARMOR_RUNTIME_DEFAULT = "runtime/default";
var APPARMOR_UNCONFINED = "unconfined";
var APPARMOR_LOCALHOST_PREFIX = "localhost/";
var SECCOMP_RUNTIME_DEFAULT = "runtime/default";
var SECCOMP_DOCKER_DEFAULT = "docker/default";
var SECCOMP_UNCONFINED = "unconfined";
var SECCOMP_LOCALHOST_PREFIX = "localhost/";
var SECCOMP_ALLOW_ANY = "*";
function appArmorProfileError(profile2) {
  if (profile2 === "" || profile2 === APPARMOR_RUNTIME_DEFAULT || profile2 === APPARMOR_UNCONFINED) return void 0;
  if (profile2.startsWith(APPARMOR_LOCALHOST_PREFIX)) return void 0;
  return `invalid AppArmor profile name: ${quoteGo(profile2)}`;
}
function validateSeccompProfile(profile2, path6) {
  if (profile2 === SECCOMP_RUNTIME_DEFAULT || profile2 === SECCOMP_DOCKER_DEFAULT) return [];
  if (profile2 === SECCOMP_UNCONFINED) return [];
  if (!profile2.startsWith(SECCOMP_LOCALHOST_PREFIX)) {
    return [invalid(path6, goString(profile2), "must be a valid seccomp profile")];
  }
  const localPath = profile2.slice(SECCOMP_LOCALHOST_PREFIX.length);
  const errors = [];
  if (localPath.startsWith("/")) errors.push(invalid(path6, goString(localPath), "must be a relative path"));
  if (localPath.split("/").includes("..")) errors.push(invalid(path6, goString(localPath), "must not contain '..'"));
  return errors;
}
function validatePolicyAnnotations(annotations, path6) {
  const errors = [];
  const appArmorDefault = annotations?.[APPARMOR_DEFAULT_PROFILE_ANNOTATION] ?? "";
  if (appArmorDefault !== "") {
    const message = appArmorProfileError(appArmorDefault);
    if (message !== void 0) {
      errors.push(invalid(key(path6, APPARMOR_DEFAULT_PROFILE_ANNOTATION), goString(appArmorDefault), message));
    }
  }
  const appArmorAllowed = annotations?.[APPARMOR_ALLOWED_PROFILES_ANNOTATION] ?? "";
  if (appArmorAllowed !== "") {
    for (const profile2 of appArmorAllowed.split(",")) {
      const message = appArmorProfileError(profile2);
      if (message !== void 0) {
        errors.push(invalid(key(path6, APPARMOR_ALLOWED_PROFILES_ANNOTATION), goString(appArmorAllowed), message));
      }
    }
  }
  const seccompDefault = annotations?.[SECCOMP_DEFAULT_PROFILE_ANNOTATION] ?? "";
  if (seccompDefault !== "") {
    errors.push(...validateSeccompProfile(seccompDefault, key(path6, SECCOMP_DEFAULT_PROFILE_ANNOTATION)));
  }
  const seccompAllowed = annotations?.[SECCOMP_ALLOWED_PROFILES_ANNOTATION] ?? "";
  if (seccompAllowed !== "") {
    for (const profile2 of seccompAllowed.split(",")) {
      if (profile2 === SECCOMP_ALLOW_ANY) continue;
      errors.push(...validateSeccompProfile(profile2, key(path6, SECCOMP_ALLOWED_PROFILES_ANNOTATION)));
    }
  }
  return errors;
}

// src/psp/validation/names.ts
var DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
var DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
var DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
var DNS1123_SUBDOMAIN_ERROR_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
var CSI_DRIVER_NAME_MAX_LENGTH = 63;
var byteLength = (text) => new TextEncoder().encode(text).length;
function regexError(message, format, ...examples) {
  if (examples.length === 0) return `${message} (regex used for validation is '${format}')`;
  return `${message} (e.g. ${examples.map((example) => `'${example}', `).join(" or ")}regex used for validation is '${format}')`;
}
function isDNS1123Subdomain(value) {
  const messages = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) {
    messages.push(`must be no more than ${DNS1123_SUBDOMAIN_MAX_LENGTH} characters`);
  }
  if (!DNS1123_SUBDOMAIN_RE.test(value)) {
    messages.push(regexError(DNS1123_SUBDOMAIN_ERROR_MSG, DNS1123_SUBDOMAIN_FMT, "example.com"));
  }
  return messages;
}
function nameIsDNSSubdomain(name, prefix2) {
  const masked = prefix2 && name.length > 1 && name.endsWith("-") ? name.slice(0, -2) + "a" : name;
  return isDNS1123Subdomain(masked);
}
function validateObjectMetaName(meta, path6) {
  const errors = [];
  const generateName = meta.generateName ?? "";
  const name = meta.name ?? "";
  if (generateName !== "") {
    for (const message of nameIsDNSSubdomain(generateName, true)) {
      errors.push(invalid(child(path6, "generateName"), goString(generateName), message));
    }
  }
  if (name === "") {
    if (generateName === "") errors.push(required(child(path6, "name"), "name or generateName is required"));
    return errors;
  }
  for (const message of nameIsDNSSubdomain(name, false)) {
    errors.push(invalid(child(path6, "name"), goString(name), message));
  }
  return errors;
}
function validateCSIDriverName(name, path6) {
  const errors = [];
  if (name === "") errors.push(required(path6, ""));
  if (byteLength(name) > CSI_DRIVER_NAME_MAX_LENGTH) {
    errors.push(tooLong(path6, CSI_DRIVER_NAME_MAX_LENGTH));
  }
  for (const message of isDNS1123Subdomain(name.toLowerCase())) {
    errors.push(invalid(path6, goString(name), message));
  }
  return errors;
}
function validateRuntimeClassName2(name, path6) {
  return nameIsDNSSubdomain(name, false).map((message) => invalid(path6, goString(name), message));
}

// src/psp/validation/runtime-class.ts
var ALLOW_ALL = "*";
function validateRuntimeClassStrategy(path6, options) {
  if (options === void 0) return [];
  const errors = [];
  const namesPath = child(path6, "allowedRuntimeClassNames");
  const names = options.allowedRuntimeClassNames ?? [];
  const seen = /* @__PURE__ */ new Set();
  for (const [i, name] of names.entries()) {
    if (name !== ALLOW_ALL) errors.push(...validateRuntimeClassName2(name, index(namesPath, i)));
    if (seen.has(name)) errors.push(duplicate(index(namesPath, i), goString(name)));
    seen.add(name);
  }
  const defaultName = options.defaultRuntimeClassName;
  if (defaultName !== void 0) {
    errors.push(...validateRuntimeClassName2(defaultName, child(path6, "defaultRuntimeClassName")));
    if (!seen.has(defaultName) && !seen.has(ALLOW_ALL)) {
      errors.push(required(namesPath, `default ${quoteGo(defaultName)} must be allowed`));
    }
  }
  if (seen.has(ALLOW_ALL) && names.length > 1) {
    errors.push(invalid(namesPath, goStrings(names), "if '*' is present, must not specify other RuntimeClass names"));
  }
  return errors;
}

// src/psp/validation/strategies.ts
var RUN_AS_USER_RULES = ["MustRunAs", "MustRunAsNonRoot", "RunAsAny"];
var RUN_AS_GROUP_RULES = ["MustRunAs", "RunAsAny", "MayRunAs"];
var SELINUX_RULES = ["MustRunAs", "RunAsAny"];
var GROUP_RULES = ["MayRunAs", "MustRunAs", "RunAsAny"];
function goIDRanges(ranges) {
  return goSlice(
    "[]policy.IDRange",
    ranges?.map((range2) => ({ kind: "literal", text: `policy.IDRange{Min:${range2.min ?? 0}, Max:${range2.max ?? 0}}` }))
  );
}
function validateIDRange(path6, range2) {
  const min = range2.min ?? 0;
  const max = range2.max ?? 0;
  const errors = [];
  if (min < 0) errors.push(invalid(child(path6, "min"), goInt(min), "min cannot be negative"));
  if (max < 0) errors.push(invalid(child(path6, "max"), goInt(max), "max cannot be negative"));
  if (min > max) errors.push(invalid(child(path6, "min"), goInt(min), "min cannot be greater than max"));
  return errors;
}
function validateRanges(path6, ranges) {
  return (ranges ?? []).flatMap((range2, i) => validateIDRange(index(child(path6, "ranges"), i), range2));
}
function validateRule(path6, rule2, supported) {
  const value = rule2 ?? "";
  return supported.includes(value) ? [] : [notSupported(child(path6, "rule"), goString(value), supported)];
}
function validateRunAsUser(path6, options) {
  return [...validateRule(path6, options?.rule, RUN_AS_USER_RULES), ...validateRanges(path6, options?.ranges)];
}
function validateRunAsGroup(path6, options) {
  if (options === void 0) return [];
  const ranges = options.ranges;
  switch (options.rule ?? "") {
    case "RunAsAny":
      return ranges !== void 0 && ranges.length > 0 ? [invalid(child(path6, "ranges"), goIDRanges(ranges), "Ranges must be empty")] : [];
    case "MustRunAs":
    case "MayRunAs": {
      const errors = [];
      if (ranges === void 0 || ranges.length === 0) {
        errors.push(invalid(child(path6, "ranges"), goIDRanges(ranges), "must provide at least one range"));
      }
      return [...errors, ...validateRanges(path6, ranges)];
    }
    default:
      return [notSupported(child(path6, "rule"), goString(options.rule ?? ""), RUN_AS_GROUP_RULES)];
  }
}
function validateSELinux(path6, options) {
  return validateRule(path6, options?.rule, SELINUX_RULES);
}
function validateGroupStrategy(path6, options) {
  return [...validateRule(path6, options?.rule, GROUP_RULES), ...validateRanges(path6, options?.ranges)];
}

// src/psp/validation/sysctls.ts
var SYSCTL_SEGMENT_FMT = "[a-z0-9]([-_a-z0-9]*[a-z0-9])?";
var SYSCTL_PATTERN_SEGMENT_FMT = "([a-z0-9][-_a-z0-9]*)?[a-z0-9*]";
var SYSCTL_PATTERN_FMT = `(${SYSCTL_SEGMENT_FMT}\\.)*${SYSCTL_PATTERN_SEGMENT_FMT}`;
var SYSCTL_PATTERN_RE = new RegExp(`^${SYSCTL_PATTERN_FMT}$`);
var SYSCTL_MAX_LENGTH = 253;
function isValidSysctlPattern(name) {
  return byteLength(name) <= SYSCTL_MAX_LENGTH && SYSCTL_PATTERN_RE.test(name);
}
function validateSysctlPatterns(path6, sysctls3) {
  const errors = [];
  if (sysctls3 === void 0 || sysctls3.length === 0) return errors;
  let coversAll = false;
  for (const [i, sysctl] of sysctls3.entries()) {
    if (sysctl === "") {
      errors.push(invalid(index(path6, i), goString(sysctl), "empty sysctl not allowed"));
    } else if (!isValidSysctlPattern(sysctl)) {
      const detail = `must have at most ${SYSCTL_MAX_LENGTH} characters and match regex ${SYSCTL_PATTERN_FMT}`;
      errors.push(invalid(index(path6, i), goString(sysctl), detail));
    } else if (sysctl.startsWith("*")) {
      coversAll = true;
    }
  }
  if (coversAll && sysctls3.length > 1) {
    errors.push(forbidden(child(path6, "items"), "if '*' is present, must not specify other sysctls"));
  }
  return errors;
}
function validateSysctlListsDoNotOverlap(allowedPath, forbiddenPath, allowedUnsafe, forbiddenSysctls) {
  const errors = [];
  const prefixOf = (sysctl) => sysctl.endsWith("*") ? sysctl.slice(0, -1) : void 0;
  for (const [i, allowed] of (allowedUnsafe ?? []).entries()) {
    const allowedPrefix = prefixOf(allowed);
    for (const [j2, forbiddenSysctl] of (forbiddenSysctls ?? []).entries()) {
      const forbiddenPrefix = prefixOf(forbiddenSysctl);
      const onAllowed = invalid(index(allowedPath, i), goString(allowed), `sysctl overlaps with ${forbiddenSysctl}`);
      const onForbidden = invalid(index(forbiddenPath, j2), goString(forbiddenSysctl), `sysctl overlaps with ${allowed}`);
      if (allowedPrefix !== void 0 && forbiddenPrefix !== void 0) {
        if (allowedPrefix.startsWith(forbiddenPrefix)) errors.push(onAllowed);
        else if (forbiddenPrefix.startsWith(allowedPrefix)) errors.push(onForbidden);
      } else if (allowedPrefix !== void 0) {
        if (forbiddenSysctl.startsWith(allowedPrefix)) errors.push(onForbidden);
      } else if (forbiddenPrefix !== void 0) {
        if (allowed.startsWith(forbiddenPrefix)) errors.push(onAllowed);
      } else if (allowed === forbiddenSysctl) {
        errors.push(onAllowed);
      }
    }
  }
  return errors;
}

// src/psp/validation/volumes.ts
var EPHEMERAL = "ephemeral";
function supportedVolumeTypes(kubeMinor) {
  const types = VOLUME_TYPES.filter((type) => type !== EPHEMERAL || kubeMinor >= 19);
  return [ALL, ...types].sort(compareCodePoints);
}
function validateVolumes(specPath, volumes, kubeMinor) {
  const supported = supportedVolumeTypes(kubeMinor);
  return (volumes ?? []).filter((volume2) => !supported.includes(volume2)).map((volume2) => notSupported(child(specPath, "volumes"), goString(volume2), supported));
}
function validateAllowedHostPaths(path6, hostPaths) {
  const errors = [];
  for (const [i, hostPath] of (hostPaths ?? []).entries()) {
    const prefix2 = hostPath.pathPrefix ?? "";
    if (prefix2 === "") {
      errors.push(required(index(path6, i), "is required"));
      break;
    }
    if (prefix2.split("/").includes("..")) errors.push(invalid(index(path6, i), goString(prefix2), "must not contain '..'"));
  }
  return errors;
}
function validateAllowedFlexVolumes(path6, flexVolumes) {
  const errors = [];
  for (const [i, flexVolume] of (flexVolumes ?? []).entries()) {
    if ((flexVolume.driver ?? "") === "") {
      errors.push(required(child(index(child(path6, "allowedFlexVolumes"), i), "driver"), "must specify a driver"));
    }
  }
  return errors;
}
function validateAllowedCSIDrivers(path6, drivers) {
  return (drivers ?? []).flatMap(
    (driver, i) => validateCSIDriverName(driver.name ?? "", child(index(child(path6, "allowedCSIDriver"), i), "name"))
  );
}

// src/psp/validation.ts
var ALLOW_ALL_CAPABILITIES2 = "*";
var PROC_MOUNT_TYPES = ["Default", "Unmasked"];
function validatePodSecurityPolicy(psp, opts) {
  const metadata2 = psp.metadata ?? {};
  return [
    ...validateObjectMetaName(metadata2, "metadata"),
    ...validatePolicyAnnotations(metadata2.annotations, child("metadata", "annotations")),
    ...validatePodSecurityPolicySpec(psp.spec ?? {}, "spec", opts)
  ];
}
function validatePodSecurityPolicySpec(spec, path6, opts) {
  const allowedSysctlsPath = child(path6, "allowedUnsafeSysctls");
  const forbiddenSysctlsPath = child(path6, "forbiddenSysctls");
  return [
    ...validateRunAsUser(child(path6, "runAsUser"), spec.runAsUser),
    ...validateRunAsGroup(child(path6, "runAsGroup"), spec.runAsGroup),
    ...validateSELinux(child(path6, "seLinux"), spec.seLinux),
    ...validateGroupStrategy(child(path6, "supplementalGroups"), spec.supplementalGroups),
    ...validateGroupStrategy(child(path6, "fsGroup"), spec.fsGroup),
    ...validateVolumes(path6, spec.volumes, opts.kubeMinor),
    ...validateCapabilities(spec),
    ...validateDefaultAllowPrivilegeEscalation(child(path6, "defaultAllowPrivilegeEscalation"), spec),
    ...validateAllowedProcMountTypes(child(path6, "allowedProcMountTypes"), spec.allowedProcMountTypes),
    ...validateAllowedHostPaths(child(path6, "allowedHostPaths"), spec.allowedHostPaths),
    ...validateAllowedFlexVolumes(child(path6, "allowedFlexVolumes"), spec.allowedFlexVolumes),
    ...validateAllowedCSIDrivers(child(path6, "allowedCSIDrivers"), spec.allowedCSIDrivers),
    ...validateSysctlPatterns(allowedSysctlsPath, spec.allowedUnsafeSysctls),
    ...validateSysctlPatterns(forbiddenSysctlsPath, spec.forbiddenSysctls),
    ...validateSysctlListsDoNotOverlap(allowedSysctlsPath, forbiddenSysctlsPath, spec.allowedUnsafeSysctls, spec.forbiddenSysctls),
    ...validateRuntimeClassStrategy(child(path6, "runtimeClass"), spec.runtimeClass)
  ];
}
function validateCapabilities(spec) {
  const errors = [];
  const drops = spec.requiredDropCapabilities;
  if (drops !== void 0 && drops.length > 0 && (spec.allowedCapabilities ?? []).includes(ALLOW_ALL_CAPABILITIES2)) {
    errors.push(
      invalid("requiredDropCapabilities", goCapabilities(drops), "must be empty when all capabilities are allowed by a wildcard")
    );
  }
  errors.push(...validateCapsAgainstDrops(drops, spec.defaultAddCapabilities, "defaultAddCapabilities"));
  errors.push(...validateCapsAgainstDrops(drops, spec.allowedCapabilities, "allowedCapabilities"));
  return errors;
}
function validateCapsAgainstDrops(drops, caps, path6) {
  if (drops === void 0) return [];
  return (caps ?? []).filter((cap) => drops.includes(cap)).map((cap) => invalid(path6, goString(cap), `capability is listed in ${path6} and requiredDropCapabilities`));
}
function validateDefaultAllowPrivilegeEscalation(path6, spec) {
  const allowPrivilegeEscalation3 = spec.allowPrivilegeEscalation ?? true;
  if (spec.defaultAllowPrivilegeEscalation !== true || allowPrivilegeEscalation3) return [];
  return [
    invalid(
      path6,
      goBool(true),
      "Cannot set DefaultAllowPrivilegeEscalation to true without also setting AllowPrivilegeEscalation to true"
    )
  ];
}
function validateAllowedProcMountTypes(path6, types) {
  return (types ?? []).flatMap(
    (type, i) => PROC_MOUNT_TYPES.includes(type) ? [] : [notSupported(index(path6, i), goString(type), PROC_MOUNT_TYPES)]
  );
}
function renderInvalidPolicyMessage(name, errors) {
  const head = `PodSecurityPolicy.policy ${quoteGo(name)} is invalid`;
  const messages = [...new Set(errors.map(renderFieldError))];
  if (messages.length === 0) return head;
  if (messages.length === 1) return `${head}: ${messages[0]}`;
  return `${head}: [${messages.join(", ")}]`;
}

// src/psp/policies.ts
function policyErrorPath(path6) {
  return pathSegments(/^(spec|metadata)\b/.test(path6) ? path6 : `spec.${path6}`);
}
function preparePolicies(policies, options, locator) {
  const providers = [];
  const sources = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (const policy of policies) {
    const name = policy.value.metadata.name;
    const stored = dropDisabledPolicyFields(defaultPodSecurityPolicy(policy.value), {
      ProcMountType: options.featureGates?.ProcMountType === true,
      CSIInlineVolume: options.kubeMinor >= 16
    });
    const errors = validatePodSecurityPolicy(stored, { kubeMinor: options.kubeMinor });
    if (errors.length > 0) {
      diagnostics.push({
        ruleId: "invalid-pod-security-policy",
        severity: "error",
        message: `${renderInvalidPolicyMessage(name, errors)} — the API server refuses this object, so it takes no part in admission`,
        location: locator.locate(policy.source, policyErrorPath(errors[0]?.path ?? "")),
        object: policy.ref,
        fieldPath: errors[0]?.path ?? "",
        related: errors.slice(1).map((error) => ({ message: renderFieldError(error), location: locator.locate(policy.source, policyErrorPath(error.path)) }))
      });
      continue;
    }
    const strategies = createStrategies(stored, options.kubeMinor);
    if ("reasons" in strategies) {
      diagnostics.push({
        ruleId: "ignored-pod-security-policy",
        severity: "warning",
        message: `PodSecurityPolicy ${JSON.stringify(name)} is ignored by admission: ${strategies.reasons.join(", ")}. The API server accepts it but never uses it, without saying so`,
        location: locator.locateObject(policy.source),
        object: policy.ref,
        related: []
      });
      continue;
    }
    providers.push({ psp: stored, strategies });
    sources.set(name, policy);
  }
  return { providers, sources, diagnostics };
}

// src/lint.ts
var SUPPORTED_KUBERNETES_VERSIONS = ["1.15", "1.16", "1.17", "1.18", "1.19", "1.20", "1.21", "1.22", "1.23", "1.24"];
function lint(sources, options) {
  return lintSources(sources, options, { projectAll: false, defer: true, share: WHOLE }) ?? lintSources(sources, options, { projectAll: false, defer: false, share: WHOLE });
}
function lintShare(sources, options, share) {
  return lintSources(sources, options, { projectAll: false, defer: true, share });
}
var WHOLE = { index: 0, of: 1 };
function mergeShares(shares) {
  const [first] = shares;
  if (first === void 0) throw new Error("mergeShares needs the result of share 0");
  const pods = shares.flatMap((share) => share.pods).sort(comparePods);
  const counts2 = { pods: 0, forbidden: 0 };
  for (const share of shares) {
    counts2.pods += share.counts.pods;
    counts2.forbidden += share.counts.forbidden;
  }
  const diagnostics = shares.flatMap((share) => share.diagnostics).sort(compareDiagnostics);
  return { ...first, pods, counts: counts2, diagnostics };
}
var comparePods = (a, b) => compareCodePoints(a.subject.source.file, b.subject.source.file) || a.subject.source.index - b.subject.source.index;
function lintSources(sources, options, mode) {
  const kubeMinor = Number(options.kubernetesVersion.split(".")[1]);
  const ordered = [...sources].sort((a, b) => compareCodePoints(a.path, b.path) || Number(a.cluster ?? false) - Number(b.cluster ?? false));
  const diagnostics = [];
  const limits = options.limits ?? DEFAULT_PARSE_LIMITS;
  const early = [];
  const deferred = [];
  let deferrable = 0;
  for (const source of ordered) {
    if (mode.defer && source.cluster !== true && ("read" in source || !mayHoldClusterState(source.path, source.text))) {
      if (deferrable++ % mode.share.of === mode.share.index) deferred.push(source);
      continue;
    }
    const text = textOf(source, diagnostics);
    if (text !== void 0) early.push(text);
  }
  const locator = new Locator(new Map(early.map((source) => [source.path, source.text])), limits);
  const readOptions = { defaultNamespace: options.namespace, kubeMinor };
  const patches = kustomizePatchFiles(early.filter((source) => !source.cluster && mayBeKustomization(source)).flatMap((source) => parseManifestFile(source, limits).objects));
  const clusterParts = [];
  const subjects = [];
  const suppressions = new SuppressionIndex(locator);
  const pss = new PssCollector(options.mode ?? "auto", options.pss ?? {});
  const mayJudge = mode.projectAll ? () => true : podSecurityGuess(options, early, limits);
  const workloadsOf = (source) => {
    const parsed = parseManifestFile(source, limits);
    diagnostics.push(...parsed.diagnostics);
    const kustomization = source.cluster ? void 0 : patches.get(source.path);
    if (kustomization !== void 0) {
      if (parsed.objects[0]) diagnostics.push(kustomizePatchNote(parsed.objects[0], kustomization, locator));
      return void 0;
    }
    return { read: readObjects(parsed.objects, readOptions, locator), parsed: parsed.objects };
  };
  const subjectsOf = (workloads, addSubject) => {
    for (const workload of workloads) {
      const extracted = extractPod(workload.source, workload.ref, workload.kind, { kubeMinor });
      suppressions.add(workload.source, workload.ref, "pod" in extracted ? extracted.pod.templatePath : []);
      if ("errors" in extracted) {
        diagnostics.push(...extracted.errors.map((error) => invalidWorkload(workload, error, locator)));
        continue;
      }
      addSubject({ ...extracted.pod, source: detach(extracted.pod.source) }, workload.source.value);
    }
  };
  for (const source of [...early.filter((file) => file.cluster), ...early.filter((file) => !file.cluster)]) {
    const file = workloadsOf(source);
    if (file === void 0) continue;
    pss.addObjects(file.parsed);
    diagnostics.push(...file.read.diagnostics);
    for (const object of clusterObjectsOf(file.read.cluster)) suppressions.add(object.source, object.ref);
    clusterParts.push(detachCluster(file.read.cluster));
    if (source.cluster || mode.share.index !== 0) continue;
    subjectsOf(file.read.workloads, (subject, value) => {
      if (mayJudge(namespaceOf(subject))) pss.addSubject(subject, value);
      subjects.push(subject);
    });
  }
  const objects = mergeClusterObjects(clusterParts);
  const cluster = buildCluster(objects, { alwaysAllow: options.alwaysAllow === true, requireServiceAccounts: options.requireServiceAccounts === true }, locator);
  diagnostics.push(...cluster.diagnostics);
  const prepared = preparePolicies(cluster.policies, { kubeMinor, featureGates: options.featureGates ?? {} }, locator);
  diagnostics.push(...prepared.diagnostics);
  const pspActive = pspApplies(options.mode ?? "auto", {
    policies: objects.policies.length > 0,
    grants: objects.roles.some((role) => grantsPolicyAccess(role.value)),
    versionGiven: options.kubernetesVersionGiven === true
  });
  if (!mode.projectAll && subjects.some((subject) => !pss.projected(subject) && pss.judges(namespaceOf(subject), pspActive))) return lintSources(sources, options, { ...mode, projectAll: true });
  const ownsFirstFiles = mode.share.index === 0;
  if (!ownsFirstFiles) diagnostics.length = 0;
  const ownSuppressionNotes = ownsFirstFiles ? 0 : suppressions.diagnostics.length;
  const admissionCache = new AdmissionCache(prepared.providers);
  const evaluateOptions = { kubeMinor, requester: options.requester, useServiceAccountCredentials: options.useServiceAccountCredentials !== false, admissionCache };
  const context = { locator, cluster, policySources: prepared.sources };
  const pods = [];
  const counts2 = { pods: 0, forbidden: 0 };
  const keepAdmitted = options.keepAdmittedPods !== false;
  const judge = (subject) => {
    const evaluation = evaluatePod(subject, cluster, prepared.providers, evaluateOptions);
    const judged = pss.evaluate(evaluation, pspActive, locator, kubeMinor);
    counts2.pods++;
    if (!judged.pod.allowed) counts2.forbidden++;
    if (keepAdmitted || !judged.pod.allowed) pods.push(judged.pod);
    if (pspActive) diagnostics.push(...podFindings(evaluation, context));
    diagnostics.push(...judged.diagnostics);
  };
  if (ownsFirstFiles) subjects.forEach(judge);
  for (const source of deferred) {
    const text = textOf(source, diagnostics);
    if (text === void 0) continue;
    locator.addText(text.path, text.text);
    const file = workloadsOf(text);
    if (file !== void 0 && (clusterObjectsOf(file.read.cluster).length > 0 || mayBeKustomization(text))) return void 0;
    if (file !== void 0) {
      diagnostics.push(...file.read.diagnostics);
      subjectsOf(file.read.workloads, (subject, value) => {
        if (pss.judges(namespaceOf(subject), pspActive)) pss.addSubject(subject, value);
        judge(subject);
      });
    }
    locator.forget(text.path);
  }
  pods.sort(comparePods);
  const reported = suppressions.apply([...diagnostics, ...suppressions.diagnostics.slice(ownSuppressionNotes)]).sort(compareDiagnostics);
  return { kubeMinor, pspSimulated: pspActive, pods, counts: counts2, diagnostics: reported };
}
function textOf(source, diagnostics) {
  if (!("read" in source)) return source;
  const read2 = source.read();
  if ("diagnostic" in read2) {
    diagnostics.push(read2.diagnostic);
    return void 0;
  }
  return { path: source.path, text: read2.text };
}
function clusterObjectsOf(objects) {
  return [...objects.policies, ...objects.roles, ...objects.bindings, ...objects.serviceAccounts, ...objects.namespaces];
}
function mergeClusterObjects(parts) {
  return {
    policies: parts.flatMap((part) => part.policies),
    roles: parts.flatMap((part) => part.roles),
    bindings: parts.flatMap((part) => part.bindings),
    serviceAccounts: parts.flatMap((part) => part.serviceAccounts),
    namespaces: parts.flatMap((part) => part.namespaces)
  };
}
var NO_VALUE = Object.freeze({});
function detach(object) {
  return { ...object, value: NO_VALUE };
}
function detachCluster(objects) {
  const strip2 = (items) => items.map((item) => ({ ...item, source: detach(item.source) }));
  return {
    policies: strip2(objects.policies),
    roles: strip2(objects.roles),
    bindings: strip2(objects.bindings),
    serviceAccounts: strip2(objects.serviceAccounts),
    namespaces: strip2(objects.namespaces)
  };
}
function podSecurityGuess(options, sources, limits) {
  const mode = options.mode ?? "auto";
  if (mode !== "auto") return () => mode !== "psp";
  if (hasDefaultLevel(options.pss ?? {})) return () => true;
  const pspCluster = options.kubernetesVersionGiven === true || sources.some((source) => source.text.includes("PodSecurityPolicy") || source.text.includes("podsecuritypolicies"));
  if (!pspCluster) return () => true;
  const labels = new PssCollector("auto", options.pss ?? {});
  for (const source of sources) if (source.text.includes("pod-security.kubernetes.io/")) labels.addObjects(parseManifestFile(source, limits).objects);
  const labelled = labels.labelledNamespaces();
  return (namespace) => labelled.has(namespace);
}
function mayBeKustomization(source) {
  return isKustomizationFileName(source.path) || source.text.includes("Kustomization");
}
function kustomizePatchNote(first, kustomization, locator) {
  return {
    ruleId: RULES.kustomizePatch.id,
    severity: RULES.kustomizePatch.severity,
    message: `A kustomize patch (named by ${kustomization}): not judged on its own; run podgate on \`kustomize build\` output to judge the result`,
    location: locator.locateObject(first),
    related: []
  };
}
function invalidWorkload(workload, error, locator) {
  return {
    ruleId: RULES.invalidObject.id,
    severity: RULES.invalidObject.severity,
    message: `${renderShapePath(error.path)}: ${error.message}; the API server would reject this ${workload.kind}, so its pods are not judged`,
    location: locator.locate(workload.source, error.path),
    object: workload.ref,
    related: []
  };
}
function compareDiagnostics(a, b) {
  const la = a.location;
  const lb = b.location;
  return compareCodePoints(la.file, lb.file) || la.startLine - lb.startLine || la.startColumn - lb.startColumn || compareCodePoints(a.ruleId, b.ruleId) || compareCodePoints(a.message, b.message);
}
function failingDiagnostics(result, severities) {
  return result.diagnostics.filter((d) => d.suppression === void 0 && severities.includes(d.severity));
}

// src/inputs.ts
import { readFile, stat as stat2 } from "node:fs/promises";
import path4 from "node:path";

// src/load/helm.ts
var SOURCE_COMMENT = /^# Source: (.+?)\s*$/;
function templateSections(text) {
  if (!text.includes("# Source: ")) return [];
  const sections = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    const match2 = SOURCE_COMMENT.exec(line.replace(/\r$/, ""));
    if (match2 === null) return;
    const previous = sections[sections.length - 1];
    if (previous) previous.endLine = i;
    sections.push({ template: match2[1] ?? "", commentLine: i + 1, endLine: lines.length });
  });
  return sections;
}
function templateOriginAt(file, sections, line) {
  const section = sections.find((entry) => line > entry.commentLine && line <= entry.endLine);
  if (section === void 0) return void 0;
  const width = `# Source: ${section.template}`.length;
  return {
    template: section.template,
    line: line - section.commentLine,
    comment: { file, startLine: section.commentLine, startColumn: 1, endLine: section.commentLine, endColumn: width + 1 }
  };
}
function templateFile(template, chartDirectory) {
  const rest = template.split("/").slice(1).join("/");
  return chartDirectory === "." ? rest : `${chartDirectory}/${rest}`;
}
function attributeRenderedSources(diagnostics, texts, rendered = /* @__PURE__ */ new Map()) {
  const sectionsByFile = /* @__PURE__ */ new Map();
  const sectionsOf = (file) => {
    let sections = sectionsByFile.get(file);
    if (sections === void 0) {
      sections = templateSections(texts.get(file) ?? "");
      sectionsByFile.set(file, sections);
    }
    return sections;
  };
  return diagnostics.map((diagnostic) => {
    const { file, startLine } = diagnostic.location;
    const render = rendered.get(file);
    const origin = templateOriginAt(file, sectionsOf(file), startLine);
    if (origin === void 0 && render === void 0) return diagnostic;
    return { ...diagnostic, related: [...diagnostic.related, originNote(diagnostic.location, origin, render)] };
  });
}
function originNote(location, origin, render) {
  const output = render ? `line ${location.startLine} of \`${render.command}\` output` : `line ${location.startLine}`;
  if (origin === void 0) return { message: `Rendered: ${output} (not a line of a file in the repository)` };
  const onDisk = render?.chartDirectory !== void 0 ? ` (${templateFile(origin.template, render.chartDirectory)})` : "";
  return {
    message: `Rendered from Helm template ${origin.template}${onDisk}: ${output} is line ${origin.line} of that template's rendered document, not of the template source`,
    location: origin.comment
  };
}

// src/lint/migrate.ts
var LABEL = "pod-security.kubernetes.io/";
var STRICTER = { privileged: "baseline", baseline: "restricted", restricted: "restricted" };
function forecastMigration(result, options = {}) {
  const versionText = options.version ?? "latest";
  const parsed = parseVersion(versionText);
  if (parsed.error !== void 0) throw new Error(`migration version ${JSON.stringify(versionText)}: ${parsed.error}`);
  const failing = /* @__PURE__ */ new Map();
  const levels = result.pods.map((pod) => podLevel(pod, parsed.value, failing));
  const byNamespace = /* @__PURE__ */ new Map();
  for (const pod of levels) byNamespace.set(pod.namespace, [...byNamespace.get(pod.namespace) ?? [], pod]);
  const namespaces = [...byNamespace.keys()].sort(compareCodePoints).map((namespace) => {
    const pods = byNamespace.get(namespace) ?? [];
    const level = pods.reduce((min, pod) => compareLevels(pod.level, min) < 0 ? pod.level : min, "restricted");
    const holdingBack = pods.filter((pod) => pod.level !== "restricted").sort((a, b) => compareLevels(a.level, b.level) || comparePods2(a, b));
    return { namespace, level, pods: pods.length, holdingBack, labels: namespaceLabels(level, versionText) };
  });
  const mutationDependencies = result.pods.flatMap((pod) => mutationDependency(pod, failing.get(pod) ?? [])).sort(comparePods2);
  const policies = [...options.policies ?? []].sort((a, b) => compareCodePoints(a.metadata.name, b.metadata.name)).map(mapPolicy);
  return { version: versionText, namespaces, mutationDependencies, policies };
}
function namespaceLabels(level, version) {
  const labels = {};
  if (level !== "restricted") {
    labels[`${LABEL}audit`] = STRICTER[level];
    labels[`${LABEL}audit-version`] = version;
  }
  labels[`${LABEL}enforce`] = level;
  labels[`${LABEL}enforce-version`] = version;
  if (level !== "restricted") {
    labels[`${LABEL}warn`] = STRICTER[level];
    labels[`${LABEL}warn-version`] = version;
  }
  return labels;
}
function comparePods2(a, b) {
  return compareCodePoints(a.namespace, b.namespace) || compareCodePoints(a.file, b.file) || compareCodePoints(a.object.name, b.object.name) || compareCodePoints(a.podName, b.podName);
}
function identity(pod) {
  const { subject } = pod;
  return { namespace: subject.ref.namespace ?? subject.pod.metadata.namespace ?? "default", object: subject.ref, kind: subject.kind, podName: subject.podName, file: subject.source.file };
}
function podLevel(linted, version, failing) {
  const { subject } = linted;
  const raw = JSON.parse(JSON.stringify({ metadata: subject.pod.metadata, spec: subject.pod.spec }));
  const projected = toPssPod(raw, "Pod", { kubeMinor: PSS_KUBE_MINOR, asPod: subject.kind === "Pod" });
  const base = identity(linted);
  if (!("pod" in projected)) return { ...base, level: "privileged", checks: ["invalid-template"] };
  const evaluator = getEvaluator();
  const restricted = evaluator.evaluatePod("restricted", version, projected.pod).results;
  failing.set(linted, restricted.map((c) => c.id));
  if (restricted.length === 0) return { ...base, level: "restricted", checks: [] };
  const baseline = evaluator.evaluatePod("baseline", version, projected.pod).results;
  if (baseline.length === 0) return { ...base, level: "baseline", checks: restricted.map((c) => c.id) };
  return { ...base, level: "privileged", checks: baseline.map((c) => c.id) };
}
function mutationDependency(linted, failing) {
  const admitted = linted.admittedPod;
  const policy = admitted?.metadata.annotations?.[PSP_ANNOTATION];
  if (admitted === null || policy === void 0) return [];
  const attempt = linted.attempts.find((a) => a.policy === policy);
  if (attempt === void 0 || !attempt.mutated) return [];
  const fields = [];
  diff(strip(linted.podSeen), strip(admitted), "", fields);
  for (const field of fields) field.reliedOn = field.check !== null && failing.includes(field.check);
  const reliesOn = [...new Set(fields.filter((f) => f.reliedOn).map((f) => f.check))].sort(compareCodePoints);
  return [{ ...identity(linted), policy, fields, reliesOn }];
}
function strip(pod) {
  const annotations = { ...pod.metadata.annotations };
  delete annotations[PSP_ANNOTATION];
  return JSON.parse(JSON.stringify({ metadata: { annotations }, spec: pod.spec }));
}
var isObj3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
function diff(before, after, path6, out) {
  if (isObj3(after) && (isObj3(before) || before === void 0)) {
    const old = isObj3(before) ? before : {};
    for (const key2 of Object.keys(after)) diff(old[key2], after[key2], SIMPLE_KEY.test(key2) ? path6 ? `${path6}.${key2}` : key2 : `${path6}[${JSON.stringify(key2)}]`, out);
    return;
  }
  if (Array.isArray(after) && Array.isArray(before) && after.some(isObj3)) {
    after.forEach((item, i) => diff(before[i], item, `${path6}[${i}]`, out));
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ path: path6, value: after, check: mutationCheck(path6), reliedOn: false });
}
function mutationCheck(path6) {
  if (path6.endsWith(".allowPrivilegeEscalation")) return "allowPrivilegeEscalation";
  if (path6.endsWith(".capabilities.drop")) return "capabilities_restricted";
  if (path6.endsWith(".runAsNonRoot")) return "runAsNonRoot";
  if (path6.includes("seccompProfile") || path6.includes("seccomp.security.alpha.kubernetes.io")) return "seccompProfile_restricted";
  return null;
}
var BASELINE_CAPABILITIES = /* @__PURE__ */ new Set(["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"]);
var RESTRICTED_VOLUMES = /* @__PURE__ */ new Set(["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"]);
var SELINUX_TYPES = /* @__PURE__ */ new Set(["", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"]);
function mapPolicy(psp) {
  const spec = psp.spec;
  const baseline = [];
  const restricted = [];
  const both = (field, value, check) => {
    const gap = { field, value: show2(value), check };
    baseline.push(gap);
    restricted.push(gap);
  };
  const strict = (field, value, check) => void restricted.push({ field, value: show2(value), check });
  if (spec.privileged === true) both("privileged", true, "privileged");
  for (const field of ["defaultAddCapabilities", "allowedCapabilities"]) {
    const caps = spec[field] ?? [];
    if (caps.some((cap) => !BASELINE_CAPABILITIES.has(cap))) both(field, caps, "capabilities_baseline");
    else if (caps.some((cap) => cap !== "NET_BIND_SERVICE")) strict(field, caps, "capabilities_restricted");
  }
  if (!(spec.requiredDropCapabilities ?? []).includes("ALL")) strict("requiredDropCapabilities", spec.requiredDropCapabilities ?? [], "capabilities_restricted");
  const volumes = spec.volumes ?? [];
  if (volumes.some((v2) => v2 === "hostPath" || v2 === "*")) both("volumes", volumes, "hostPathVolumes");
  else if (volumes.some((v2) => !RESTRICTED_VOLUMES.has(v2))) strict("volumes", volumes, "restrictedVolumes");
  for (const field of ["hostNetwork", "hostPID", "hostIPC"]) if (spec[field] === true) both(field, true, "hostNamespaces");
  if ((spec.hostPorts ?? []).length > 0) both("hostPorts", spec.hostPorts, "hostPorts");
  const se2 = spec.seLinux?.seLinuxOptions;
  if (spec.seLinux?.rule !== "MustRunAs") both("seLinux.rule", spec.seLinux?.rule ?? "", "seLinuxOptions");
  else if (se2?.user || se2?.role || !SELINUX_TYPES.has(se2?.type ?? "")) both("seLinux.seLinuxOptions", se2 ?? {}, "seLinuxOptions");
  if (spec.runAsUser?.rule !== "MustRunAsNonRoot") strict("runAsUser.rule", spec.runAsUser?.rule ?? "", "runAsNonRoot");
  if (spec.allowPrivilegeEscalation !== false) strict("allowPrivilegeEscalation", spec.allowPrivilegeEscalation ?? "(omitted: true)", "allowPrivilegeEscalation");
  if ((spec.allowedUnsafeSysctls ?? []).length > 0) both("allowedUnsafeSysctls", spec.allowedUnsafeSysctls, "sysctls");
  const procMounts = spec.allowedProcMountTypes ?? [];
  if (procMounts.some((type) => type !== "Default")) both("allowedProcMountTypes", procMounts, "procMount");
  const annotations = psp.metadata.annotations ?? {};
  const seccomp = annotations[SECCOMP_ALLOWED_PROFILES_ANNOTATION];
  const seccompField = `metadata.annotations["${SECCOMP_ALLOWED_PROFILES_ANNOTATION}"]`;
  if (seccomp === void 0) strict(seccompField, "(absent)", "seccompProfile_restricted");
  else {
    const entries = seccomp.split(",").map((entry) => entry.trim());
    if (entries.some((e) => e !== "" && e !== "runtime/default" && e !== "docker/default" && !e.startsWith("localhost/"))) both(seccompField, seccomp, "seccompProfile_baseline");
    else if (entries.includes("")) strict(seccompField, seccomp, "seccompProfile_restricted");
  }
  const apparmor = annotations[APPARMOR_ALLOWED_PROFILES_ANNOTATION];
  const apparmorField = `metadata.annotations["${APPARMOR_ALLOWED_PROFILES_ANNOTATION}"]`;
  if (apparmor === void 0) both(apparmorField, "(absent)", "appArmorProfile");
  else if (apparmor.split(",").map((e) => e.trim()).some((e) => e !== "" && e !== "runtime/default" && !e.startsWith("localhost/"))) both(apparmorField, apparmor, "appArmorProfile");
  const level = restricted.length === 0 ? "restricted" : baseline.length === 0 ? "baseline" : "privileged";
  return { name: psp.metadata.name, level, gaps: { baseline, restricted } };
}
function show2(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}
function readPolicies(sources, options = {}) {
  const ordered = [...sources].sort((a, b) => Number(b.cluster ?? false) - Number(a.cluster ?? false) || compareCodePoints(a.path, b.path));
  const locator = new Locator(new Map(ordered.map((source) => [source.path, source.text])), DEFAULT_PARSE_LIMITS);
  const kubeMinor = Number((options.kubernetesVersion ?? "1.24").split(".")[1]);
  const byName = /* @__PURE__ */ new Map();
  for (const source of ordered) {
    const read2 = readObjects(parseManifestFile(source, DEFAULT_PARSE_LIMITS).objects, { defaultNamespace: options.namespace ?? "default", kubeMinor }, locator);
    for (const policy of read2.cluster.policies) byName.set(policy.value.metadata.name, policy.value);
  }
  return [...byName.values()];
}

// src/lint/pss-config.ts
var import_js_yaml6 = __toESM(require_js_yaml_cjs(), 1);
var GROUP = "pod-security.admission.config.k8s.io";
var VERSIONS = ["v1", "v1beta1", "v1alpha1"];
var KIND = "PodSecurityConfiguration";
var ADMISSION_API_VERSIONS = ["apiserver.config.k8s.io/v1", "apiserver.config.k8s.io/v1alpha1"];
var DEFAULT_KEYS = ["enforce", "enforce-version", "warn", "warn-version", "audit", "audit-version"];
var EXEMPTION_KEYS = ["usernames", "runtimeClasses", "namespaces"];
var DNS1123_LABEL_FMT2 = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_LABEL_RE = new RegExp(`^${DNS1123_LABEL_FMT2}$`);
var DNS1123_LABEL_ERROR = `a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '${DNS1123_LABEL_FMT2}')`;
function isDNS1123Label(value) {
  const messages = [];
  if (byteLength(value) > 63) messages.push("must be no more than 63 characters");
  if (!DNS1123_LABEL_RE.test(value)) messages.push(DNS1123_LABEL_ERROR);
  return messages;
}
var isRecord4 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var quote2 = (value) => JSON.stringify(value);
var aggregate = (errors) => errors.length === 1 ? errors[0] : `[${errors.join(", ")}]`;
var DecodeError = class extends Error {
};
function strictKeys(value, allowed, prefix2) {
  const unknown = Object.keys(value).filter((key2) => !allowed.includes(key2));
  if (unknown.length > 0) throw new DecodeError(`strict decoding error: ${unknown.map((key2) => `unknown field ${quote2(prefix2 + key2)}`).join(", ")}`);
}
function stringField(value, where2) {
  if (value === void 0 || value === null) return "";
  if (typeof value !== "string") throw new DecodeError(`${where2}: must be a string, not ${Array.isArray(value) ? "a list" : isRecord4(value) ? "a mapping" : `${typeof value} ${JSON.stringify(value)}`}`);
  return value;
}
function stringList(value, where2) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) throw new DecodeError(`${where2}: must be a list of strings`);
  return value.map((item, i) => stringField(item, `${where2}[${i}]`));
}
function fromConfiguration(value) {
  if (value === void 0 || value === null) value = {};
  if (!isRecord4(value)) throw new DecodeError("a PodSecurityConfiguration must be a mapping");
  strictKeys(value, ["apiVersion", "kind", "defaults", "exemptions"], "");
  const apiVersion = stringField(value.apiVersion, "apiVersion");
  const kind = stringField(value.kind, "kind");
  if (apiVersion !== "" || kind !== "") {
    const [group, version, extra] = apiVersion.split("/");
    if (group !== GROUP || version === void 0 || !VERSIONS.includes(version) || extra !== void 0) {
      throw new DecodeError(`apiVersion ${quote2(apiVersion)}: must be ${VERSIONS.map((v2) => `${GROUP}/${v2}`).join(", ")}`);
    }
    if (kind !== KIND) throw new DecodeError(`kind ${quote2(kind)}: must be ${KIND}`);
  }
  const defaults2 = value.defaults ?? {};
  if (!isRecord4(defaults2)) throw new DecodeError("defaults: must be a mapping");
  strictKeys(defaults2, DEFAULT_KEYS, "defaults.");
  const exemptions = value.exemptions ?? {};
  if (!isRecord4(exemptions)) throw new DecodeError("exemptions: must be a mapping");
  strictKeys(exemptions, EXEMPTION_KEYS, "exemptions.");
  const d = Object.fromEntries(
    DEFAULT_KEYS.map((key2) => {
      const text = stringField(defaults2[key2], `defaults.${key2}`);
      return [key2, text !== "" ? text : key2.endsWith("-version") ? "latest" : "privileged"];
    })
  );
  const namespaces = stringList(exemptions.namespaces, "exemptions.namespaces");
  const runtimeClasses = stringList(exemptions.runtimeClasses, "exemptions.runtimeClasses");
  const usernames = stringList(exemptions.usernames, "exemptions.usernames");
  const errors = [];
  for (const key2 of DEFAULT_KEYS) {
    const text = d[key2];
    const error = key2.endsWith("-version") ? parseVersion(text).error : parseLevel(text).error;
    if (error !== void 0) errors.push(`defaults.${key2}: Invalid value: ${quote2(text)}: ${error}`);
  }
  const checkList = (list2, path6, validate) => {
    const seen = /* @__PURE__ */ new Set();
    list2.forEach((item, i) => {
      const where2 = `${path6}[${i}]`;
      if (seen.has(item)) {
        errors.push(`${where2}: Duplicate value: ${quote2(item)}`);
        return;
      }
      seen.add(item);
      for (const message of validate(item)) errors.push(`${where2}: Invalid value: ${quote2(item)}: ${message}`);
    });
  };
  checkList(namespaces, "exemptions.namespaces", isDNS1123Label);
  checkList(runtimeClasses, "exemptions.runtimeClasses", isDNS1123Subdomain);
  checkList(usernames, "exemptions.usernames", (item) => item === "" ? ["username must not be empty"] : []);
  if (errors.length > 0) throw new DecodeError(aggregate(errors));
  return {
    level: d.enforce,
    version: d["enforce-version"],
    audit: d.audit,
    auditVersion: d["audit-version"],
    warn: d.warn,
    warnVersion: d["warn-version"],
    exemptions: { namespaces, runtimeClasses, usernames }
  };
}
function fromAdmissionConfiguration(value) {
  const apiVersion = stringField(value.apiVersion, "apiVersion");
  if (!ADMISSION_API_VERSIONS.includes(apiVersion)) throw new DecodeError(`AdmissionConfiguration apiVersion ${quote2(apiVersion)}: must be ${ADMISSION_API_VERSIONS.join(" or ")}`);
  const plugins = value.plugins ?? [];
  if (!Array.isArray(plugins)) throw new DecodeError("plugins: must be a list");
  const plugin = plugins.find((entry) => isRecord4(entry) && entry.name === "PodSecurity");
  if (plugin === void 0) throw new DecodeError("the AdmissionConfiguration has no PodSecurity plugin entry");
  if (plugin.configuration === void 0 || plugin.configuration === null) {
    if (plugin.path !== void 0 && plugin.path !== null) {
      throw new DecodeError(`the PodSecurity plugin's configuration is in another file (path: ${quote2(String(plugin.path))}); podgate reads only an inline configuration: give that file to --pss-config instead`);
    }
    return fromConfiguration({});
  }
  return fromConfiguration(plugin.configuration);
}
function parsePodSecurityConfiguration(text) {
  let value;
  try {
    const documents = (0, import_js_yaml6.loadAll)(text, null, { schema: KUBECTL_SCHEMA });
    if (documents.length > 1) return { error: "must hold one YAML document" };
    value = documents[0];
    try {
      (0, import_js_yaml6.loadAll)(text, null, { json: false });
    } catch (error) {
      const { reason, mark } = error;
      if (reason === "duplicated mapping key") return { error: `strict decoding error: duplicated mapping key${typeof mark?.line === "number" ? ` (line ${mark.line + 1})` : ""}` };
    }
  } catch (error) {
    const { reason, mark } = error;
    const line = typeof mark?.line === "number" ? ` (line ${mark.line + 1})` : "";
    return { error: `not valid YAML${line}: ${reason ?? error.message}` };
  }
  try {
    if (isRecord4(value) && value.kind === "AdmissionConfiguration") return { ok: fromAdmissionConfiguration(value) };
    return { ok: fromConfiguration(value) };
  } catch (error) {
    if (error instanceof DecodeError) return { error: error.message };
    throw error;
  }
}

// src/render.ts
import { spawn } from "node:child_process";
var spawnExec = (command, args, options) => new Promise((resolve, reject) => {
  const child2 = spawn(command, [...args], { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
  const stdout = [];
  const stderr = [];
  child2.stdout.on("data", (chunk) => stdout.push(chunk));
  child2.stderr.on("data", (chunk) => stderr.push(chunk));
  child2.on("error", (error) => error.code === "ENOENT" ? resolve("not-found") : reject(error));
  child2.on("close", (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }));
});
function renderCommand(target, options) {
  if (target.kind === "kustomize") return { program: "kubectl", args: ["kustomize", target.directory] };
  const args = ["template", options.helmRelease, target.directory];
  if (options.helmNamespace !== void 0) args.push("--namespace", options.helmNamespace);
  for (const file of options.helmValues) args.push("--values", file);
  return { program: "helm", args };
}
var quote3 = (word) => /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
function commandLine(program, args) {
  return [program, ...args].map(quote3).join(" ");
}
async function renderDirectories(targets, options) {
  const result = { sources: [], diagnostics: [], rendered: /* @__PURE__ */ new Map() };
  for (const target of targets) {
    const { program, args } = renderCommand(target, options);
    const line = commandLine(program, args);
    const run = await options.exec(program, args, { cwd: options.cwd });
    if (run === "not-found") {
      const what = target.kind === "helm" ? "a Helm chart (Chart.yaml)" : "a kustomization";
      const install = target.kind === "helm" ? "install Helm" : "install kubectl";
      const piped = target.kind === "helm" ? "helm template … | podgate -" : "kubectl kustomize … | podgate -";
      result.diagnostics.push(renderDiagnostic(RULES.rendererNotFound, target, `${target.directory} is ${what}, but \`${program}\` is not on PATH, so nothing in it was judged: ${install}, or render it elsewhere and pipe the output (\`${line}\`, or \`${piped}\`)`));
      continue;
    }
    if (run.code !== 0) {
      const reason = failureReason(run.stderr, options.cwd) || "no error output";
      result.diagnostics.push(renderDiagnostic(RULES.renderFailed, target, `\`${line}\` failed (exit code ${run.code}), so nothing in ${target.directory} was judged: ${reason}`));
      continue;
    }
    result.sources.push({ path: target.directory, text: run.stdout, ...options.cluster ? { cluster: true } : {} });
    result.rendered.set(target.directory, { command: line, ...target.kind === "helm" ? { chartDirectory: target.directory } : {} });
  }
  return result;
}
function renderDiagnostic(rule2, target, message) {
  return { ruleId: rule2.id, severity: rule2.severity, message, location: { file: target.marker, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, related: [] };
}
var KLOG_HEADER = /^[EWIF]\d{4} \d\d:\d\d:\d\d\.\d+\s+\d+ [^\]]+\] /;
function failureReason(stderr, cwd, count = 3) {
  const prefix2 = cwd.endsWith("/") ? cwd : `${cwd}/`;
  return stderr.split("\n").map((line) => line.trim().replace(KLOG_HEADER, "")).map((line) => /^"command failed" err="(.*)"$/.exec(line)?.[1]?.replace(/\\"/g, '"') ?? line).filter((line) => line !== "" && !line.startsWith("# Warning:")).slice(-count).join(" ").split(prefix2).join("");
}

// src/threads.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var AUTO_BYTES_PER_THREAD = 4 * 2 ** 20;
var AUTO_MAX_THREADS = 4;
function threadsFor(sources, jobs) {
  const lazy = sources.filter((source) => "read" in source);
  if (lazy.some((source) => source.origin === void 0)) return 1;
  if (jobs !== "auto") return Math.max(1, Math.floor(jobs));
  const bytes = lazy.reduce((sum, source) => sum + (source.origin?.bytes ?? 0), 0);
  return Math.max(1, Math.min(availableParallelism(), AUTO_MAX_THREADS, Math.floor(bytes / AUTO_BYTES_PER_THREAD)));
}
async function lintOnThreads(sources, options, threads) {
  if (threads <= 1) return lint(sources, options);
  const bundled = import.meta.url.endsWith(".js");
  const portable = sources.map(toPortable);
  const others = [];
  for (let index2 = 1; index2 < threads; index2++) {
    const job = { podgateShare: true, sources: portable, options, share: { index: index2, of: threads } };
    others.push(bundled ? onWorker(job) : Promise.resolve(lintShare(sources, options, job.share)));
  }
  const own = lintShare(sources, options, { index: 0, of: threads });
  const results = [own, ...await Promise.all(others)];
  if (!results.every((result) => result !== void 0)) return lint(sources, options);
  return mergeShares(results);
}
function onWorker(job) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.once("message", (message) => resolve(message.result));
    worker.once("error", () => resolve(void 0));
    worker.once("exit", () => resolve(void 0));
  });
}
function serveShare(job, port) {
  const result = lintShare(job.sources.map(fromPortable), job.options, job.share);
  port.postMessage({ result });
}
function isShareJob(data) {
  return typeof data === "object" && data !== null && data.podgateShare === true;
}
function toPortable(source) {
  if (!("read" in source)) return source;
  if (source.origin === void 0) throw new Error(`${source.path}: a lazy file without an origin cannot be sent to a thread`);
  return { path: source.path, origin: source.origin };
}
function fromPortable(source) {
  return "origin" in source ? lazyManifest(source.path, source.origin) : source;
}

// src/inputs.ts
async function lintInputs(settings, options, io) {
  const render = settings.render && io.exec !== void 0;
  const renderOptions = {
    helmValues: [...settings.helmValues],
    helmRelease: settings.helmRelease,
    ...settings.helmNamespace !== void 0 ? { helmNamespace: settings.helmNamespace } : {}
  };
  const sources = [];
  const diagnostics = [];
  const rendered = /* @__PURE__ */ new Map();
  for (const [paths, cluster] of [[settings.paths, false], [settings.cluster, true]]) {
    const plain = [];
    const targets = [];
    for (const given of paths) {
      const target = render ? await renderableAt(given, io.cwd) : void 0;
      if (target === void 0) plain.push(given);
      else if (!targets.some((known) => known.directory === target.directory)) targets.push(target);
    }
    const found = await discoverManifests(plain, { cwd: io.cwd, ignore: settings.ignore, maxFileBytes: settings.maxFileBytes, lazy: true, ...io.readStdin ? { readStdin: io.readStdin } : {}, ...cluster ? { cluster } : {} });
    const made = io.exec && targets.length > 0 ? await renderDirectories(targets, { ...renderOptions, cwd: io.cwd, exec: io.exec, cluster }) : void 0;
    sources.push(...found.sources, ...made?.sources ?? []);
    diagnostics.push(...found.diagnostics, ...made?.diagnostics ?? []);
    made?.rendered.forEach((value, key2) => rendered.set(key2, value));
  }
  const result = await lintOnThreads(sources, options, threadsFor(sources, settings.jobs ?? 1));
  const held = sources.filter((source) => "text" in source);
  const texts = new Map(held.map((source) => [source.path, source.text]));
  const run = { ...result, diagnostics: attributeRenderedSources([...result.diagnostics, ...diagnostics], texts, rendered).sort(compareDiagnostics) };
  if (settings.migrate) {
    const policies = readPolicies(held, { namespace: options.namespace, kubernetesVersion: options.kubernetesVersion });
    run.migration = forecastMigration(result, { policies });
  }
  return run;
}
var RENDER_MARKERS = [["Chart.yaml", "helm"], ["kustomization.yaml", "kustomize"], ["kustomization.yml", "kustomize"], ["Kustomization", "kustomize"]];
async function renderableAt(given, cwd) {
  if (given === "-") return void 0;
  const absolute = path4.resolve(cwd, given);
  if (!(await stat2(absolute).catch(() => void 0))?.isDirectory()) return void 0;
  const directory = path4.relative(cwd, absolute).split(path4.sep).join("/") || ".";
  for (const [name, kind] of RENDER_MARKERS) {
    if ((await stat2(path4.join(absolute, name)).catch(() => void 0))?.isFile()) return { kind, directory, marker: directory === "." ? name : `${directory}/${name}` };
  }
  return void 0;
}
async function readPssConfig(file, cwd, fail2) {
  const text = await readFile(path4.resolve(cwd, file), "utf8").catch((error) => {
    throw fail2(`cannot read the Pod Security configuration ${file}: ${error.code ?? error.message}`);
  });
  const parsed = parsePodSecurityConfiguration(text);
  if ("error" in parsed) throw fail2(`${file}: ${parsed.error}`);
  return parsed.ok;
}

// src/report/annotations.ts
var ANNOTATIONS_PER_LEVEL = 10;
var LEVELS = { error: "error", warning: "warning", note: "notice" };
var TITLES = new Map(Object.values(RULES).map((rule2) => [rule2.id, rule2.title]));
function selectAnnotations(result, options = {}) {
  const max = Math.max(1, options.maxPerLevel ?? ANNOTATIONS_PER_LEVEL);
  const active = result.diagnostics.filter((d) => d.suppression === void 0);
  const rank = (d) => d.severity === "error" ? FORBIDDING_RULE_IDS.has(d.ruleId) ? 0 : 1 : d.severity === "warning" ? 2 : 3;
  const ordered = [...active].sort((a, b) => rank(a) - rank(b) || compareDiagnostics(a, b));
  const limits = { error: max, warning: max, notice: max - 1 };
  const shown = { error: 0, warning: 0, notice: 0 };
  const hidden = { error: 0, warning: 0, notice: 0 };
  const annotations = [];
  for (const d of ordered) {
    const level = LEVELS[d.severity];
    if (shown[level] >= limits[level]) {
      hidden[level] += 1;
      continue;
    }
    shown[level] += 1;
    annotations.push(toAnnotation(d, level));
  }
  const suppressed = result.diagnostics.length - active.length;
  annotations.push({ level: "notice", title: "podgate", message: totalsMessage(result, hidden, suppressed) });
  return { annotations, hidden, suppressed };
}
function toAnnotation(d, level) {
  const { file, startLine, startColumn, endLine, endColumn } = d.location;
  const region = startLine === endLine ? { line: startLine, column: startColumn, endLine, endColumn } : { line: startLine, endLine };
  return { level, file, ...region, title: TITLES.get(d.ruleId) ?? d.ruleId, message: d.message };
}
var noun = (count, word) => `${word}${count === 1 ? "" : "s"}`;
var plural = (count, word) => `${count} ${noun(count, word)}`;
function totalsMessage(result, hidden, suppressed) {
  const { pods, forbidden: forbidden2 } = result.counts;
  const verdict = forbidden2 > 0 ? `${forbidden2} of ${plural(pods, "pod")} forbidden` : pods > 0 ? `${plural(pods, "pod")} admitted` : "no pods found";
  const parts = [`podgate: ${verdict}`];
  const kinds = [[hidden.error, "error"], [hidden.warning, "warning"], [hidden.notice, "note"]];
  const more = kinds.filter(([count]) => count > 0).map(([count, word], i) => i === 0 ? `${count} more ${noun(count, word)}` : plural(count, word));
  if (more.length > 0) {
    const list2 = more.length === 1 ? more[0] : `${more.slice(0, -1).join(", ")} and ${more[more.length - 1]}`;
    parts.push(`${list2} not shown as annotations — see the job summary / SARIF`);
  }
  if (suppressed > 0) parts.push(`${plural(suppressed, "suppressed finding")} not annotated`);
  return parts.join("; ");
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function renderWorkflowCommands(selection) {
  return selection.annotations.map((annotation) => `${workflowCommand(annotation)}
`).join("");
}
function workflowCommand(annotation) {
  const properties = [
    ["file", annotation.file],
    ["line", annotation.line],
    ["col", annotation.column],
    ["endLine", annotation.endLine],
    ["endColumn", annotation.endColumn],
    ["title", annotation.title]
  ];
  const list2 = properties.filter(([, value]) => value !== void 0 && value !== "").map(([key2, value]) => `${key2}=${escapeProperty(String(value))}`);
  return `::${annotation.level}${list2.length > 0 ? ` ${list2.join(",")}` : ""}::${escapeData(annotation.message)}`;
}

// src/report/json.ts
var JSON_FORMAT_VERSION = 1;
function jsonReport(result, options, pods) {
  const count = (severity) => result.diagnostics.filter((d) => d.severity === severity).length;
  return {
    version: JSON_FORMAT_VERSION,
    kubernetesVersion: `1.${result.kubeMinor}`,
    summary: {
      pods: result.counts.pods,
      allowed: result.counts.pods - result.counts.forbidden,
      forbidden: result.counts.forbidden,
      errors: count("error"),
      warnings: count("warning"),
      notes: count("note")
    },
    pods,
    diagnostics: result.diagnostics,
    ...options.migration !== void 0 ? { migration: options.migration } : {}
  };
}
function* renderJsonChunks(result, options = {}) {
  const report = jsonReport(result, options, []);
  const entries = Object.entries(report).filter(([, value]) => value !== void 0);
  yield "{";
  for (const [at4, [key2, value]] of entries.entries()) {
    yield `${at4 === 0 ? "" : ","}
  ${JSON.stringify(key2)}: `;
    if (key2 === "pods") yield* arrayInBatches(key2, result.pods, toJsonPod);
    else if (key2 === "diagnostics") yield* arrayInBatches(key2, result.diagnostics, (diagnostic) => diagnostic);
    else yield JSON.stringify(value, null, 2).replaceAll("\n", "\n  ");
  }
  yield "\n}\n";
}
var BATCH = 256;
function* arrayInBatches(key2, items, map) {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const open = `{
  ${JSON.stringify(key2)}: [
`;
  const close = "\n  ]\n}";
  for (let start = 0; start < items.length; start += BATCH) {
    const text = JSON.stringify({ [key2]: items.slice(start, start + BATCH).map(map) }, null, 2);
    yield `${start === 0 ? "[\n" : ",\n"}${text.slice(open.length, text.length - close.length)}`;
  }
  yield "\n  ]";
}
function toJsonPod(evaluation) {
  const { subject } = evaluation;
  const pod = {
    file: subject.source.file,
    line: subject.source.line,
    column: subject.source.column,
    doc: subject.source.index,
    object: subject.ref,
    podName: subject.podName,
    serviceAccount: evaluation.serviceAccount,
    requester: evaluation.requester ? { user: evaluation.requester.name, groups: [...evaluation.requester.groups] } : null,
    allowed: evaluation.allowed,
    reason: evaluation.reason,
    policy: evaluation.policy,
    message: evaluation.message,
    violations: renderViolations(evaluation),
    mutated: evaluation.admittedPod ? mutatedView(evaluation.admittedPod) : null,
    policies: evaluation.attempts.map((attempt) => ({
      name: attempt.policy,
      admits: attempt.errors.length === 0,
      mutates: attempt.mutated,
      usableBy: usableView(attempt.authorization),
      violations: attempt.errors.map(renderFieldError)
    }))
  };
  const pss = evaluation.pss;
  if (pss !== void 0) {
    pod.pss = { level: pss.level, version: pss.version, allowed: pss.allowed, checks: pss.checks, message: pss.message };
    if (pss.exempt !== null) pod.pss.exempt = pss.exempt;
    if (pss.advisory) pod.pss.advisory = true;
  }
  return pod;
}
function usableView(usable) {
  if (usable === void 0) return null;
  return { identity: usable.identity, user: usable.user, grant: usable.allowedBy };
}
function mutatedView(pod) {
  const containers = [];
  for (const list2 of ["initContainers", "containers"]) {
    pod.spec[list2]?.forEach((container3, i) => {
      containers.push({ path: `spec.${list2}[${i}]`, name: container3.name, securityContext: container3.securityContext ?? null });
    });
  }
  const view = {
    annotations: pod.metadata.annotations ?? {},
    securityContext: pod.spec.securityContext ?? {}
  };
  if (pod.spec.runtimeClassName !== void 0) view.runtimeClassName = pod.spec.runtimeClassName;
  view.volumeTypes = (pod.spec.volumes ?? []).map((volume2) => volumeTypeOf(volume2) ?? "unknown");
  view.containers = containers;
  return view;
}

// src/report/junit.ts
var NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function escapeXmlText(text) {
  return text.replace(NOT_XML, "�").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeXmlAttribute(text) {
  return escapeXmlText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
var where = (d) => `${d.location.file}:${d.location.startLine}:${d.location.startColumn}`;
var findingLine = (d) => `${where(d)}  ${d.ruleId}  ${d.message}${d.suppression ? `  [suppressed: ${d.suppression.justification}]` : ""}`;
function podCase(pod, findings) {
  const { subject } = pod;
  const ref = subject.ref;
  const base = { name: `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ""}${ref.name}`, file: subject.source.file, line: subject.source.line };
  if (pod.allowed) {
    return { ...base, outcome: { kind: "passed", output: `pod ${JSON.stringify(subject.podName)} admitted${pod.policy ? ` under PodSecurityPolicy ${JSON.stringify(pod.policy)}` : ""}` } };
  }
  if (isSuppressedPod(pod, findings)) {
    const reasons = [...new Set(forbiddingFindings(pod, findings).map((d) => JSON.stringify(d.suppression?.justification ?? "")))];
    return { ...base, outcome: { kind: "skipped", message: `forbidden, every finding suppressed: ${reasons.join(", ")}` } };
  }
  const message = pod.message ?? `pods ${JSON.stringify(subject.podName)} is forbidden`;
  return { ...base, outcome: { kind: "failed", message, type: pod.reason, body: [message, "", ...findings.map(findingLine)].join("\n") } };
}
function errorCase(d) {
  const base = { name: `${d.ruleId} at ${d.location.startLine}:${d.location.startColumn}`, file: d.location.file, line: d.location.startLine };
  if (d.suppression) return { ...base, outcome: { kind: "skipped", message: `suppressed: ${d.suppression.justification}` } };
  return { ...base, outcome: { kind: "failed", message: d.message, type: d.ruleId, body: findingLine(d) } };
}
function renderCase(c) {
  const open = `    <testcase name="${escapeXmlAttribute(c.name)}" classname="${escapeXmlAttribute(c.file)}" file="${escapeXmlAttribute(c.file)}" line="${c.line}"`;
  switch (c.outcome.kind) {
    case "passed":
      return [`${open}>`, `      <system-out>${escapeXmlText(c.outcome.output)}</system-out>`, "    </testcase>"];
    case "skipped":
      return [`${open}>`, `      <skipped message="${escapeXmlAttribute(c.outcome.message)}"/>`, "    </testcase>"];
    case "failed":
      return [
        `${open}>`,
        `      <failure message="${escapeXmlAttribute(c.outcome.message)}" type="${escapeXmlAttribute(c.outcome.type)}">${escapeXmlText(c.outcome.body)}</failure>`,
        "    </testcase>"
      ];
  }
}
var counts = (cases) => {
  const failures = cases.filter((c) => c.outcome.kind === "failed").length;
  const skipped = cases.filter((c) => c.outcome.kind === "skipped").length;
  return `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
};
function renderJunit(result) {
  const byFile = /* @__PURE__ */ new Map();
  const add = (c) => void byFile.set(c.file, [...byFile.get(c.file) ?? [], c]);
  const owned = /* @__PURE__ */ new Set();
  for (const pod of result.pods) {
    const { ref, source } = pod.subject;
    const findings = result.diagnostics.filter((d) => d.object === ref && d.location.file === source.file);
    findings.forEach((d) => owned.add(d));
    add(podCase(pod, pod.allowed ? [] : findings));
  }
  for (const d of result.diagnostics) if (!owned.has(d) && d.severity === "error") add(errorCase(d));
  const files = [...byFile.keys()].sort(compareCodePoints);
  const all = files.flatMap((file) => byFile.get(file) ?? []);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="podgate" ${counts(all)}>`];
  for (const file of files) {
    const cases = byFile.get(file) ?? [];
    lines.push(`  <testsuite name="${escapeXmlAttribute(file)}" ${counts(cases)}>`, ...cases.flatMap(renderCase), "  </testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}
`;
}

// src/report/migration.ts
var objectName = (ref) => `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ""}${ref.name}`;
function renderMigration(forecast) {
  const out = [`## Migration forecast: PodSecurityPolicy -> Pod Security Standards (${forecast.version})`, ""];
  out.push("### Namespaces (strictest level all pod templates satisfy as written, CronJobs and idle workloads included)", "");
  if (forecast.namespaces.length === 0) out.push("  (no pods)");
  for (const ns2 of forecast.namespaces) {
    out.push(`- ${ns2.namespace}: ${ns2.level} (${ns2.pods} pod${ns2.pods === 1 ? "" : "s"})`);
    for (const pod of ns2.holdingBack) {
      const next = pod.level === "privileged" ? "baseline" : "restricted";
      out.push(`    ${pod.level}: ${objectName(pod.object)} (${pod.file}) fails ${next}: ${pod.checks.join(", ")}`);
    }
    out.push("    labels:");
    for (const [key2, value] of Object.entries(ns2.labels)) out.push(`      ${key2}: ${value}`);
  }
  out.push("");
  out.push("### Pods admitted only because a PodSecurityPolicy mutates them (PSA never mutates)", "");
  if (forecast.mutationDependencies.length === 0) out.push("  (none)");
  for (const dep of forecast.mutationDependencies) {
    const relies = dep.reliesOn.length > 0 ? `fails restricted without them: ${dep.reliesOn.join(", ")}` : "no PSA check depends on these fields";
    out.push(`- ${objectName(dep.object)} (${dep.file}), policy "${dep.policy}": ${relies}`);
    for (const field of dep.fields) {
      out.push(`    ${field.path}: ${JSON.stringify(field.value)}${field.check ? ` [${field.check}${field.reliedOn ? "" : ", already satisfied"}]` : ""}`);
    }
  }
  out.push("");
  out.push("### PodSecurityPolicies and their equivalent level (official mapping)", "");
  if (forecast.policies.length === 0) out.push("  (no PodSecurityPolicies)");
  for (const policy of forecast.policies) {
    out.push(`- ${policy.name}: ${policy.level}`);
    const gaps = policy.level === "privileged" ? policy.gaps.baseline : policy.gaps.restricted;
    const towards = policy.level === "privileged" ? "baseline" : "restricted";
    if (policy.level !== "restricted") {
      out.push(`    outside ${towards}: ${gaps.map((gap) => `${gap.field}=${gap.value} [${gap.check}]`).join("; ")}`);
      if (policy.level === "privileged" && policy.gaps.restricted.length > gaps.length) {
        const extra = policy.gaps.restricted.filter((gap) => !gaps.includes(gap));
        out.push(`    also outside restricted: ${extra.map((gap) => `${gap.field}=${gap.value} [${gap.check}]`).join("; ")}`);
      }
    }
  }
  return out.join("\n") + "\n";
}

// src/report/sarif-fingerprint.ts
import { createHash } from "node:crypto";
var FINGERPRINT_KEY = "podgate/v1";
function withoutLineNumbers(message) {
  return message.replace(/\b(lines?|columns?|col)(\s+)\d+(?:(\s*[-–]\s*)\d+)?/gi, "$1$2N").replace(/(\.ya?ml|\.json|<stdin>):\d+(?::\d+)?/gi, "$1");
}
function semanticHash(diagnostic) {
  const object = diagnostic.object;
  const keys = [
    diagnostic.ruleId,
    diagnostic.location.file,
    object?.apiVersion ?? "",
    object?.kind ?? "",
    object?.namespace ?? "",
    object?.name ?? "",
    diagnostic.fieldPath ?? "",
    withoutLineNumbers(diagnostic.message)
  ];
  return createHash("sha256").update(JSON.stringify(keys)).digest("hex").slice(0, 32);
}
function fingerprints(diagnostics) {
  const seen = /* @__PURE__ */ new Map();
  return diagnostics.map((diagnostic) => {
    const hash = semanticHash(diagnostic);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}

// src/report/sarif-locations.ts
var SRCROOT = "%SRCROOT%";
var STDIN_PATH2 = "<stdin>";
function toArtifactLocation(file) {
  const uri = file.split("/").map(encodeURIComponent).join("/");
  if (file === STDIN_PATH2) return { uri, description: { text: "Standard input" } };
  return { uri, uriBaseId: SRCROOT };
}
function toRegion(location) {
  return { startLine: location.startLine, startColumn: location.startColumn, endLine: location.endLine, endColumn: location.endColumn };
}
function toPhysicalLocation(location) {
  return { artifactLocation: toArtifactLocation(location.file), region: toRegion(location) };
}
function toRelatedLocations(related) {
  const locations = [];
  related.forEach((entry, index2) => {
    if (entry.location) locations.push({ id: index2 + 1, physicalLocation: toPhysicalLocation(entry.location), message: { text: entry.message } });
  });
  return locations;
}
function withRelatedLinks(message, related) {
  if (related.length === 0) return message;
  const links = related.map((location) => `[${(location.message?.text ?? "").replace(/[\\[\]]/g, "\\$&")}](${location.id})`);
  return `${message}${message.endsWith(".") ? "" : "."} Related: ${links.join(", ")}.`;
}

// src/report/sarif-rules.ts
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((part) => part !== "").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function toReportingDescriptor(rule2) {
  return {
    id: rule2.id,
    name: pascalCase(rule2.id),
    shortDescription: { text: rule2.title },
    fullDescription: { text: rule2.fullDescription },
    help: { text: rule2.help, markdown: rule2.helpMarkdown },
    helpUri: rule2.docsUrl,
    defaultConfiguration: { level: rule2.severity },
    properties: { tags: [...rule2.tags], precision: rule2.precision, "security-severity": rule2.securitySeverity }
  };
}
function reportingDescriptors() {
  const rules = allRules().map(toReportingDescriptor);
  return { rules, indexOf: new Map(rules.map((rule2, index2) => [rule2.id, index2])) };
}

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var INFORMATION_URI = "https://github.com/podgate/podgate";
function toSarif(result, options) {
  const { rules, indexOf } = reportingDescriptors();
  const diagnostics = [...result.diagnostics].sort(compareDiagnostics);
  const prints = fingerprints(diagnostics);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "podgate",
            semanticVersion: options.toolVersion,
            informationUri: options.informationUri ?? INFORMATION_URI,
            rules
          }
        },
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: "The directory podgate ran in (the repository root); every file path is relative to it." } }
        },
        results: diagnostics.map((diagnostic, i) => toResult(diagnostic, indexOf.get(diagnostic.ruleId), prints[i] ?? "")),
        columnKind: "utf16CodeUnits"
      }
    ]
  };
}
function renderSarif(result, options) {
  return JSON.stringify(toSarif(result, options), null, 2) + "\n";
}
function toResult(diagnostic, ruleIndex, fingerprint) {
  const related = toRelatedLocations(diagnostic.related);
  const result = {
    ruleId: diagnostic.ruleId,
    ...ruleIndex === void 0 ? {} : { ruleIndex },
    level: diagnostic.severity,
    message: { text: withRelatedLinks(diagnostic.message, related) },
    locations: [{ physicalLocation: toPhysicalLocation(diagnostic.location) }]
  };
  if (related.length > 0) result.relatedLocations = related;
  result.partialFingerprints = { [FINGERPRINT_KEY]: fingerprint };
  if (diagnostic.suppression) result.suppressions = [{ kind: diagnostic.suppression.kind, justification: diagnostic.suppression.justification }];
  return result;
}

// src/report/stylish.ts
var ansi = (code, enabled) => (text) => enabled ? `\x1B[${code}m${text}\x1B[0m` : text;
var severityOrder = { error: 0, warning: 1, note: 2 };
function renderStylish(result, options) {
  const red = ansi("31", options.color);
  const yellow = ansi("33", options.color);
  const green = ansi("32", options.color);
  const dim = ansi("2", options.color);
  const bold = ansi("1", options.color);
  const lines = [];
  const podDiagnostics = /* @__PURE__ */ new Set();
  const forbidden2 = result.pods.filter((pod) => !pod.allowed);
  for (const pod of forbidden2) {
    const { subject } = pod;
    const ref = subject.ref;
    const mine = result.diagnostics.filter((d) => d.object === ref && d.location.file === subject.source.file);
    mine.forEach((d) => podDiagnostics.add(d));
    const shown = options.quiet ? mine.filter((d) => d.severity === "error") : mine;
    lines.push(`${bold(`${subject.source.file}:${subject.source.line}:${subject.source.column}`)}  ${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ""}${ref.name}  ${red("forbidden")}`);
    lines.push(`  ${pod.message ?? ""}`);
    for (const d of shown) {
      const where2 = `${d.location.startLine}:${d.location.startColumn}`;
      const label = d.severity === "error" ? red("✖") : d.severity === "warning" ? yellow("⚠") : dim("•");
      lines.push(`  ${label} ${dim(where2.padEnd(7))} ${d.message}  ${dim(d.ruleId)}`);
    }
    lines.push(...describeRequest(pod).map((line) => `  ${dim(line)}`));
    if (pod.pss !== void 0 && !pod.pss.advisory) {
      const { policy, outcome, admits } = describeEnforce(pod.pss);
      lines.push(`    ${policy}: ${(admits ? green : red)(outcome)}`);
    }
    for (const attempt of result.pspSimulated === false ? [] : pod.attempts) {
      const usable = attempt.authorization ? `usable by ${attempt.authorization.user}` : "not usable by the service account or the requester";
      const verdict = attempt.errors.length === 0 ? green(attempt.mutated ? "admits (with defaults)" : "admits") : red(`${attempt.errors.length} violation${attempt.errors.length === 1 ? "" : "s"}`);
      lines.push(`    ${attempt.policy}: ${verdict}; ${usable}`);
    }
    lines.push("");
  }
  const rest = result.diagnostics.filter((d) => !podDiagnostics.has(d) && (!options.quiet || d.severity === "error"));
  const byFile = /* @__PURE__ */ new Map();
  for (const d of rest) byFile.set(d.location.file, [...byFile.get(d.location.file) ?? [], d]);
  for (const [file, diagnostics] of byFile) {
    lines.push(bold(file));
    for (const d of [...diagnostics].sort((a, b) => a.location.startLine - b.location.startLine || severityOrder[a.severity] - severityOrder[b.severity])) {
      const paint = d.severity === "error" ? red : d.severity === "warning" ? yellow : dim;
      lines.push(`  ${dim(`${d.location.startLine}:${d.location.startColumn}`.padEnd(8))} ${paint(d.severity.padEnd(7))} ${d.message}  ${dim(d.ruleId)}`);
    }
    lines.push("");
  }
  lines.push(summaryLine(result, { red, green, yellow }));
  return lines.join("\n") + "\n";
}
function describeRequest(pod) {
  const account = `${pod.subject.pod.metadata.namespace ?? "default"}/${pod.serviceAccount}`;
  const requester = pod.requester ? `${pod.requester.name} [${pod.requester.groups.join(", ")}]` : "none (service account only)";
  return [`pod ${JSON.stringify(pod.subject.podName)} · service account ${account} · requested by ${requester}`, "policies considered:"];
}
function summaryLine(result, paint) {
  const { pods: total, forbidden: forbidden2 } = result.counts;
  const errors = result.diagnostics.filter((d) => d.severity === "error" && d.suppression === void 0).length;
  const warnings = result.diagnostics.filter((d) => d.severity === "warning" && d.suppression === void 0).length;
  const counts2 = `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  if (forbidden2 > 0) return paint.red(`✖ ${forbidden2} of ${total} pod${total === 1 ? "" : "s"} forbidden (${counts2})`);
  if (errors > 0) return paint.red(`✖ ${total} pod${total === 1 ? "" : "s"} admitted, but the input has problems (${counts2})`);
  const text = `✔ ${total} pod${total === 1 ? "" : "s"} admitted (${counts2})`;
  return warnings > 0 ? paint.yellow(text) : paint.green(text);
}

// src/report/render.ts
var FORMATS = ["stylish", "json", "sarif", "junit", "github"];
function renderReportChunks(format, result, options) {
  if (format === "json") return batched(renderJsonChunks(result, options.migration ? { migration: options.migration } : {}));
  return [renderWhole(format, result, options)];
}
function* batched(chunks, size = 1 << 20) {
  let pending = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length < size) continue;
    yield pending.join("");
    pending = [];
    length = 0;
  }
  if (pending.length > 0) yield pending.join("");
}
function renderWhole(format, result, options) {
  switch (format) {
    case "stylish": {
      const text = renderStylishWithSuppressions(result, options);
      return options.migration ? `${text}
${renderMigration(options.migration)}` : text;
    }
    case "sarif":
      return renderSarif(result, { toolVersion: options.toolVersion });
    case "junit":
      return renderJunit(result);
    case "github":
      return renderWorkflowCommands(selectAnnotations(result));
  }
}
function renderStylishWithSuppressions(result, options) {
  const suppressed = result.diagnostics.filter((d) => d.suppression !== void 0).length;
  if (suppressed === 0) return renderStylish(result, options);
  const diagnostics = result.diagnostics.filter((d) => !(options.quiet && d.suppression)).map((d) => d.suppression ? { ...d, message: `${d.message}  [suppressed: ${d.suppression.justification}]` } : d);
  const note = `${suppressed} finding${suppressed === 1 ? "" : "s"} suppressed by podgate.dev/ignore annotations (not counted for the exit code)
`;
  return renderStylish({ ...result, diagnostics }, options) + note;
}

// src/version.ts
var VERSION = "0.1.0";

// src/cli.ts
var DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;
var HELP = `Usage: podgate [options] [paths...]

Simulates Kubernetes PodSecurityPolicy admission for every pod the manifests under
PATHS would create (files or directories; '-' reads standard input; default '.').
A directory with a Chart.yaml is rendered with 'helm template', one with a
kustomization.yaml with 'kubectl kustomize'. Options can also be set in .podgate.yaml.
Exit code: 0 all pods admitted and no finding at --fail-on, 1 findings, 2 usage or
internal error. Findings suppressed by a podgate.dev/ignore annotation do not count.

Input:
  --config PATH               read options from PATH (default: .podgate.yaml or
                              .podgate.yml in the working directory, if present);
                              command-line options win over the file
  --no-config                 read no configuration file
  --ignore GLOB               leave out matching files (repeatable; relative to the
                              working directory). .git and node_modules are always left out
  --cluster PATH              objects that exist in the cluster but not in this repository
                              (PSPs, RBAC, service accounts); they join the model, their own
                              pods are not judged (repeatable)
  -n, --namespace NS          namespace of objects that name none (default: default)
  --max-file-size BYTES       skip larger files with a diagnostic (default: ${DEFAULT_MAX_FILE_BYTES})
  --max-depth N               deepest YAML nesting read; deeper documents are reported, not
                              read (default: ${DEFAULT_PARSE_LIMITS.maxDepth})
  --max-aliases N             YAML aliases read per document (alias bombs); more are reported
                              (default: ${DEFAULT_PARSE_LIMITS.maxAliases})
  -j, --jobs N                threads that judge the files (default: 1); auto: one per core, up
                              to four, when the repository has 4 MiB or more of workload-only
                              files per thread. The report is the same whatever the number

Rendering (a PATH that is a chart or kustomization directory):
  --helm-values FILE          values file for helm template (repeatable)
  --helm-release NAME         release name for helm template (default: release-name)
  --helm-namespace NS         namespace for helm template (default: --namespace, if given)
  --no-render                 read chart and kustomization directories as plain files

Cluster:
  --kubernetes-version V      1.15 ... 1.24 (default: 1.24): messages, token volume type,
                              seccomp fields, safe sysctls; naming one also means the cluster
                              runs PodSecurityPolicy (--mode auto simulates it)
  --as USER                   the requesting user of every pod, as kubectl --as
  --as-group GROUP            a group of that user (repeatable; system:authenticated is added
                              as the API server's impersonation does)
  --as-pod-service-account    every pod is requested by its own service account
  --service-account-only      no requesting user: only the pod's service account may
                              authorize a policy
  --controller-credentials M  service-account (default: each controller has its own
                              kube-system service account) or shared
                              (system:kube-controller-manager)
  --require-service-accounts  only 'default' and the service accounts declared in the
                              manifests (and --cluster) exist: pods using others are refused
                              as by ServiceAccount admission (default: assume they exist, note)
  --authorization-mode MODE   RBAC (default) or AlwaysAllow
  --feature-gates LIST        e.g. ProcMountType=true
  --mode MODE                 psp, pss, both or auto (default). auto: the PodSecurityPolicy
                              simulation when the repository or --cluster holds a policy or a
                              grant of one, or --kubernetes-version is given; Pod Security
                              Standards where namespaces carry pod-security.kubernetes.io
                              labels or a level is configured; with neither, what restricted
                              would reject, as warnings. pss: the verdict is the PSS enforce one
  --pss-level LEVEL           default enforce level: privileged, baseline or restricted
  --pss-version V             default enforce version: latest (default) or v1.N
  --migrate                   add the PodSecurityPolicy -> Pod Security Standards migration forecast
                              (per-namespace levels and labels, pods relying on PSP defaults)
  --pss-config PATH           PodSecurityConfiguration file (defaults, exemptions; or inline in an
                              AdmissionConfiguration); --pss-level/--pss-version override it

Output:
  -f, --format FORMAT[=FILE]  stylish (default), json, sarif, junit or github (workflow
                              commands for GitHub Actions annotations); with =FILE the report
                              is written to FILE. Repeatable: at most one goes to standard
                              output, e.g. -f stylish -f sarif=podgate.sarif -f junit=junit.xml
  --fail-on LEVEL             error (default), warning, note or none: the lowest diagnostic
                              severity that makes the exit code 1 (forbidden pods are errors;
                              suppressed findings never count; none: report only)
  --quiet                     stylish: list only errors, no suppressed findings (the summary
                              still counts everything)
  --color, --no-color         force or disable colour (default: colour on a terminal)
  -h, --help                  show this help
  -v, --version               show the version
`;
var UsageError = class extends Error {
};
var PER_POD_FORMATS = /* @__PURE__ */ new Set(["json", "junit"]);
var OPTIONS = {
  config: { type: "string" },
  "no-config": { type: "boolean" },
  ignore: { type: "string", multiple: true },
  cluster: { type: "string", multiple: true },
  namespace: { type: "string", short: "n" },
  "max-file-size": { type: "string" },
  "max-depth": { type: "string" },
  "max-aliases": { type: "string" },
  jobs: { type: "string", short: "j" },
  "helm-values": { type: "string", multiple: true },
  "helm-release": { type: "string" },
  "helm-namespace": { type: "string" },
  "no-render": { type: "boolean" },
  "kubernetes-version": { type: "string" },
  mode: { type: "string" },
  "pss-level": { type: "string" },
  "pss-version": { type: "string" },
  "pss-config": { type: "string" },
  migrate: { type: "boolean" },
  // prettier-ignore
  as: { type: "string" },
  "as-group": { type: "string", multiple: true },
  "as-pod-service-account": { type: "boolean" },
  "service-account-only": { type: "boolean" },
  "controller-credentials": { type: "string" },
  "require-service-accounts": { type: "boolean" },
  "authorization-mode": { type: "string" },
  "feature-gates": { type: "string", multiple: true },
  format: { type: "string", short: "f", multiple: true },
  "fail-on": { type: "string" },
  quiet: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
async function main(argv, io) {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (values.version) {
      io.stdout(`${VERSION}
`);
      return 0;
    }
    const settings = mergeSettings(await readConfig(values, io.cwd), settingsFromArgs(values, positionals));
    const targets = parseFormats(settings.format ?? ["stylish"]);
    const failOn = parseFailOn(settings["fail-on"]);
    const pssConfig = settings["pss-config"];
    const options = {
      ...toLintOptions(settings, pssConfig === void 0 ? {} : await readPssConfig(pssConfig, io.cwd, (message) => new UsageError(message))),
      // Only json, junit and the migration forecast list admitted pods: the other reports need their count alone.
      keepAdmittedPods: settings.migrate === true || targets.some((target) => PER_POD_FORMATS.has(target.format))
    };
    const maxFileBytes = parseSize(settings["max-file-size"]);
    const helmNamespace = settings["helm-namespace"] ?? settings.namespace;
    const result = await lintInputs(
      {
        paths: settings.paths ?? ["."],
        cluster: settings.cluster ?? [],
        ignore: settings.ignore ?? [],
        maxFileBytes,
        render: settings.render !== false,
        migrate: settings.migrate === true,
        helmValues: settings["helm-values"] ?? [],
        helmRelease: settings["helm-release"] ?? "release-name",
        jobs: parseJobs(settings.jobs),
        ...helmNamespace !== void 0 ? { helmNamespace } : {}
      },
      options,
      { cwd: io.cwd, readStdin: io.readStdin, ...io.exec ? { exec: io.exec } : {} }
    );
    const color = settings.color ?? (io.isTTY && io.env.NO_COLOR === void 0);
    for (const target of targets) {
      const chunks = renderReportChunks(target.format, result, { color: target.path === void 0 && color, quiet: settings.quiet === true, toolVersion: VERSION, ...result.migration ? { migration: result.migration } : {} });
      if (target.path === void 0) for (const chunk of chunks) await io.stdout(chunk);
      else await writeReport(path5.resolve(io.cwd, target.path), chunks, target.path);
    }
    return failingDiagnostics(result, failOn).length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof PathNotFoundError || isArgError(error)) {
      io.stderr(`podgate: ${error.message}
Run 'podgate --help' for usage.
`);
      return 2;
    }
    io.stderr(`podgate: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    return 2;
  }
}
async function writeReport(absolute, text, given) {
  try {
    await mkdir(path5.dirname(absolute), { recursive: true });
    await writeFile(absolute, text);
  } catch (error) {
    throw new UsageError(`cannot write ${given}: ${error.code ?? error.message}`);
  }
}
async function readConfig(values, cwd) {
  if (values["no-config"]) {
    if (values.config !== void 0) throw new UsageError("--config and --no-config exclude each other");
    return {};
  }
  let file = values.config;
  if (file === void 0) {
    const present = [];
    for (const name of CONFIG_FILE_NAMES) if ((await stat3(path5.join(cwd, name)).catch(() => void 0))?.isFile()) present.push(name);
    if (present.length > 1) throw new UsageError(`both ${present.join(" and ")} exist: keep one (or choose with --config)`);
    file = present[0];
    if (file === void 0) return {};
  }
  const text = await readFile2(path5.resolve(cwd, file), "utf8").catch((error) => {
    throw new UsageError(`cannot read the configuration file ${file}: ${error.code ?? error.message}`);
  });
  return parseConfig(text, file);
}
function settingsFromArgs(values, positionals) {
  const settings = {
    paths: positionals.length > 0 ? [...positionals] : void 0,
    ignore: values.ignore,
    cluster: values.cluster,
    namespace: values.namespace,
    "kubernetes-version": values["kubernetes-version"],
    mode: values.mode,
    "pss-level": values["pss-level"],
    "pss-version": values["pss-version"],
    "pss-config": values["pss-config"],
    migrate: values.migrate,
    // prettier-ignore
    as: values.as,
    "as-groups": values["as-group"],
    "as-pod-service-account": values["as-pod-service-account"],
    "service-account-only": values["service-account-only"],
    "controller-credentials": values["controller-credentials"],
    "require-service-accounts": values["require-service-accounts"],
    "authorization-mode": values["authorization-mode"],
    "feature-gates": values["feature-gates"],
    "max-file-size": values["max-file-size"],
    "max-depth": values["max-depth"],
    "max-aliases": values["max-aliases"],
    jobs: values.jobs,
    format: values.format,
    "fail-on": values["fail-on"],
    quiet: values.quiet,
    color: values["no-color"] ? false : values.color ? true : void 0,
    "helm-values": values["helm-values"],
    "helm-release": values["helm-release"],
    "helm-namespace": values["helm-namespace"],
    render: values["no-render"] ? false : void 0
  };
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== void 0));
}
function parseFormats(entries) {
  const targets = [];
  for (const entry of entries) {
    const at4 = entry.indexOf("=");
    const name = at4 === -1 ? entry : entry.slice(0, at4);
    const file = at4 === -1 ? void 0 : entry.slice(at4 + 1);
    if (!FORMATS.includes(name)) throw new UsageError(`Unknown --format ${JSON.stringify(name)} (${FORMATS.join(", ")}; add =PATH to write a file)`);
    if (file === "") throw new UsageError(`--format ${name}= needs a file name after '=' (or '-' for standard output)`);
    targets.push(file === void 0 || file === "-" ? { format: name } : { format: name, path: file });
  }
  if (targets.filter((target) => target.path === void 0).length > 1) {
    throw new UsageError(`At most one --format may print to standard output; give the others a file: ${targets.filter((t) => t.path === void 0).map((t) => `${t.format}=FILE`).join(", ")}`);
  }
  const files = targets.flatMap((target) => target.path === void 0 ? [] : [path5.normalize(target.path)]);
  const twice = files.find((file, i) => files.indexOf(file) !== i);
  if (twice !== void 0) throw new UsageError(`Two --format reports would write ${twice}`);
  return targets;
}
function isArgError(error) {
  return typeof error === "object" && error !== null && String(error.code ?? "").startsWith("ERR_PARSE_ARGS");
}
function parseFailOn(value) {
  switch (value ?? "error") {
    case "error":
      return ["error"];
    case "warning":
      return ["error", "warning"];
    case "note":
      return ["error", "warning", "note"];
    case "none":
      return [];
    default:
      throw new UsageError(`Unknown --fail-on ${JSON.stringify(value)} (error, warning, note or none)`);
  }
}
function parseJobs(value) {
  if (value === void 0) return 1;
  if (value === "auto") return "auto";
  const jobs = Number(value);
  if (!/^\d+$/.test(value) || jobs < 1) throw new UsageError(`--jobs takes auto or a positive whole number, not ${JSON.stringify(value)}`);
  return jobs;
}
function parseSize(value, option = "--max-file-size", fallback = DEFAULT_MAX_FILE_BYTES) {
  if (value === void 0) return fallback;
  const size = Number(value);
  if (!Number.isInteger(size) || size <= 0) throw new UsageError(`${option} takes a positive whole number, not ${JSON.stringify(value)}`);
  return size;
}
function toLintOptions(settings, pssFile = {}) {
  const version = (settings["kubernetes-version"] ?? "1.24").replace(/^v/, "");
  if (!SUPPORTED_KUBERNETES_VERSIONS.includes(version)) {
    throw new UsageError(`--kubernetes-version must be one of ${SUPPORTED_KUBERNETES_VERSIONS.join(", ")} (PodSecurityPolicy was removed in 1.25)`);
  }
  const modes = [settings.as !== void 0, settings["as-pod-service-account"] === true, settings["service-account-only"] === true].filter(Boolean).length;
  if (modes > 1) throw new UsageError("--as, --as-pod-service-account and --service-account-only exclude each other");
  if (settings["as-groups"] && settings.as === void 0) throw new UsageError("--as-group needs --as");
  let requester = { mode: "default" };
  if (settings.as !== void 0) requester = { mode: "as", user: settings.as, groups: settings["as-groups"] ?? [] };
  else if (settings["as-pod-service-account"]) requester = { mode: "pod-service-account" };
  else if (settings["service-account-only"]) requester = { mode: "service-account-only" };
  const credentials = settings["controller-credentials"] ?? "service-account";
  if (credentials !== "service-account" && credentials !== "shared") throw new UsageError("--controller-credentials is service-account or shared");
  const mode = settings["authorization-mode"] ?? "RBAC";
  if (mode !== "RBAC" && mode !== "AlwaysAllow") throw new UsageError("--authorization-mode is RBAC or AlwaysAllow");
  const namespace = settings.namespace ?? "default";
  if (namespace === "") throw new UsageError("--namespace cannot be empty");
  const lintMode = settings.mode ?? "auto";
  if (!LINT_MODES.includes(lintMode)) throw new UsageError(`--mode is one of ${LINT_MODES.join(", ")}`);
  const pssLevel = settings["pss-level"];
  if (pssLevel !== void 0 && !isLevel(pssLevel)) throw new UsageError(`--pss-level ${LEVEL_ERROR}`);
  const pssVersion = settings["pss-version"];
  if (pssVersion !== void 0 && parseVersion(pssVersion).error !== void 0) throw new UsageError(`--pss-version ${VERSION_ERROR}`);
  return {
    mode: lintMode,
    pss: { ...pssFile, ...pssLevel !== void 0 ? { level: pssLevel } : {}, ...pssVersion !== void 0 ? { version: pssVersion } : {} },
    kubernetesVersion: version,
    kubernetesVersionGiven: settings["kubernetes-version"] !== void 0,
    namespace,
    requester,
    useServiceAccountCredentials: credentials === "service-account",
    requireServiceAccounts: settings["require-service-accounts"] === true,
    alwaysAllow: mode === "AlwaysAllow",
    featureGates: parseFeatureGates(settings["feature-gates"] ?? []),
    limits: {
      maxDepth: parseSize(settings["max-depth"], "--max-depth", DEFAULT_PARSE_LIMITS.maxDepth),
      maxAliases: parseSize(settings["max-aliases"], "--max-aliases", DEFAULT_PARSE_LIMITS.maxAliases)
    }
  };
}
function parseFeatureGates(lists) {
  const gates = {};
  for (const entry of lists.flatMap((list2) => list2.split(",")).filter((item) => item.trim() !== "")) {
    const match2 = /^\s*(\w+)=(true|false)\s*$/.exec(entry);
    if (!match2) throw new UsageError(`--feature-gates takes NAME=true|false, not ${JSON.stringify(entry)}`);
    if (match2[1] !== "ProcMountType") throw new UsageError(`Unknown feature gate ${JSON.stringify(match2[1])} (supported: ProcMountType)`);
    gates.ProcMountType = match2[2] === "true";
  }
  return gates;
}

// src/bin.ts
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
if (!isMainThread && isShareJob(workerData) && parentPort !== null) serveShare(workerData, parentPort);
else await runCli();
async function runCli() {
  let stdoutFailed;
  process.stdout.on("error", (error) => {
    if (stdoutFailed === void 0 && error.code !== "EPIPE") process.stderr.write(`podgate: cannot write to standard output (${error.code ?? error.message})
`);
    stdoutFailed = error;
  });
  const writable = () => new Promise((resolve) => {
    const done = () => {
      process.stdout.off("drain", done).off("close", done);
      resolve();
    };
    process.stdout.on("drain", done).on("close", done);
  });
  const code = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    // A report of hundreds of megabytes waits for the pipe to drain rather than queue up in memory (ENOBUFS).
    stdout: (text) => stdoutFailed !== void 0 || process.stdout.write(text) ? void 0 : writable(),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    isTTY: process.stdout.isTTY === true,
    env: process.env,
    exec: spawnExec
  });
  process.exitCode = stdoutFailed !== void 0 && stdoutFailed.code !== "EPIPE" ? 2 : code;
}
/*! Bundled license information:

js-yaml/dist/js-yaml.cjs.js:
  (*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT *)
*/
